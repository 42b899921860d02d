// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/odata/FilterParser.h"

#include "sandbox/tenant/IsoTime.h"

namespace passcode::sandbox {

namespace {

struct Token
{
    enum class Type
    {
        End,
        Ident,
        String,
        Other,
        LParen,
        RParen,
        Comma
    };
    Type type = Type::End;
    QString text;
};

class Lexer
{
public:
    explicit Lexer(QStringView text)
        : m_text(text)
    {}

    bool next(Token &t, QString *error)
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
        t = Token{};
        if (m_pos >= m_text.size())
            return true;
        const QChar c = m_text[m_pos];
        if (c == u'(') {
            ++m_pos;
            t.type = Token::Type::LParen;
            return true;
        }
        if (c == u')') {
            ++m_pos;
            t.type = Token::Type::RParen;
            return true;
        }
        if (c == u',') {
            ++m_pos;
            t.type = Token::Type::Comma;
            return true;
        }
        if (c == u'\'') {
            ++m_pos;
            QString value;
            while (true) {
                if (m_pos >= m_text.size()) {
                    *error = QStringLiteral("Unterminated string literal in the filter clause.");
                    return false;
                }
                const QChar ch = m_text[m_pos++];
                if (ch == u'\'') {
                    if (m_pos < m_text.size() && m_text[m_pos] == u'\'') {
                        value.append(u'\'');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                value.append(ch);
            }
            t.type = Token::Type::String;
            t.text = value;
            return true;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar ch = m_text[m_pos];
            if (ch.isSpace() || ch == u'(' || ch == u')' || ch == u',' || ch == u'\'')
                break;
            ++m_pos;
        }
        if (m_pos == start) {
            *error = QStringLiteral("Syntax error at position %1 in the filter clause.").arg(start);
            return false;
        }
        t.text = m_text.sliced(start, m_pos - start).toString();
        t.type = (t.text[0].isLetter() || t.text[0] == u'_') ? Token::Type::Ident : Token::Type::Other;
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

class Parser
{
public:
    Parser(QStringView text, QString *error)
        : m_lexer(text)
        , m_error(error)
    {}

    std::unique_ptr<FilterNode> run()
    {
        if (!advance())
            return nullptr;
        auto node = orExpr();
        if (!node)
            return nullptr;
        if (m_tok.type != Token::Type::End)
            return fail(
                QStringLiteral("Syntax error: unexpected '%1' in the filter clause.").arg(m_tok.text));
        return node;
    }

private:
    /** OData's default MaxNodeCount (ASP.NET OData, which Graph answers with the same message). */
    static constexpr int kMaxNodes = 100;
    static constexpr int kMaxDepth = 32;

    bool advance() { return m_lexer.next(m_tok, m_error); }
    std::unique_ptr<FilterNode> fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
        return nullptr;
    }
    bool isKeyword(QLatin1String word) const
    {
        return m_tok.type == Token::Type::Ident && m_tok.text.compare(word, Qt::CaseInsensitive) == 0;
    }

    std::unique_ptr<FilterNode> join(FilterNode::Kind kind, QLatin1String word,
                                     std::unique_ptr<FilterNode> (Parser::*operand)())
    {
        auto first = (this->*operand)();
        if (!first)
            return nullptr;
        if (!isKeyword(word))
            return first;
        auto node = std::make_unique<FilterNode>();
        node->kind = kind;
        node->children.push_back(std::move(first));
        while (isKeyword(word)) {
            if (!advance())
                return nullptr;
            auto next = (this->*operand)();
            if (!next)
                return nullptr;
            node->children.push_back(std::move(next));
        }
        return node;
    }

    std::unique_ptr<FilterNode> orExpr()
    {
        return join(FilterNode::Kind::Or, QLatin1String("or"), &Parser::andExpr);
    }
    std::unique_ptr<FilterNode> andExpr()
    {
        return join(FilterNode::Kind::And, QLatin1String("and"), &Parser::unary);
    }

    std::unique_ptr<FilterNode> unary()
    {
        if (++m_nodes > kMaxNodes)
            return fail(QStringLiteral("The query specified in the URI is not valid. The node count limit of "
                                       "'%1' has been exceeded.")
                            .arg(kMaxNodes));
        if (m_tok.type == Token::Type::LParen) {
            // Parsing recurses once per parenthesis: bounded, so that no filter can exhaust the stack.
            if (m_depth >= kMaxDepth)
                return fail(
                    QStringLiteral("The query specified in the URI is not valid. The filter is nested "
                                   "more than %1 levels deep.")
                        .arg(kMaxDepth));
            if (!advance())
                return nullptr;
            ++m_depth;
            auto inner = orExpr();
            --m_depth;
            if (!inner)
                return nullptr;
            if (m_tok.type != Token::Type::RParen)
                return fail(QStringLiteral("Syntax error: ')' expected in the filter clause."));
            if (!advance())
                return nullptr;
            return inner;
        }
        if (m_tok.type != Token::Type::Ident)
            return fail(QStringLiteral("Syntax error: a property name was expected in the filter clause."));
        const QString name = m_tok.text;
        if (!advance())
            return nullptr;
        if (m_tok.type == Token::Type::LParen)
            return function(name);
        return comparison(name);
    }

    std::unique_ptr<FilterNode> function(const QString &name)
    {
        if (name.compare(QLatin1String("contains"), Qt::CaseInsensitive) != 0)
            return fail(QStringLiteral("The function '%1' is not supported in the filter clause.").arg(name));
        if (!advance())
            return nullptr;
        if (m_tok.type != Token::Type::Ident)
            return fail(QStringLiteral("contains() expects a property name as its first argument."));
        auto node = std::make_unique<FilterNode>();
        node->kind = FilterNode::Kind::Contains;
        node->property = m_tok.text;
        if (!advance())
            return nullptr;
        if (m_tok.type != Token::Type::Comma)
            return fail(QStringLiteral("contains() expects two arguments."));
        if (!advance())
            return nullptr;
        if (m_tok.type != Token::Type::String)
            return fail(QStringLiteral("contains() expects a string literal as its second argument."));
        node->valueKind = FilterNode::ValueKind::String;
        node->text = m_tok.text;
        if (!advance())
            return nullptr;
        if (m_tok.type != Token::Type::RParen)
            return fail(QStringLiteral("contains() expects ')'."));
        if (!advance())
            return nullptr;
        return node;
    }

    std::unique_ptr<FilterNode> comparison(const QString &property)
    {
        static const std::pair<const char *, FilterNode::Op> ops[] = {
            {"eq", FilterNode::Op::Eq}, {"ne", FilterNode::Op::Ne}, {"lt", FilterNode::Op::Lt},
            {"gt", FilterNode::Op::Gt}, {"le", FilterNode::Op::Le}, {"ge", FilterNode::Op::Ge},
        };
        if (m_tok.type != Token::Type::Ident)
            return fail(QStringLiteral("Syntax error: an operator was expected after '%1'.").arg(property));
        auto node = std::make_unique<FilterNode>();
        node->property = property;
        bool known = false;
        for (const auto &[word, op] : ops) {
            if (m_tok.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0) {
                node->op = op;
                known = true;
            }
        }
        if (!known)
            return fail(
                QStringLiteral("The operator '%1' is not supported in the filter clause.").arg(m_tok.text));
        if (!advance())
            return nullptr;
        switch (m_tok.type) {
        case Token::Type::String:
            node->valueKind = FilterNode::ValueKind::String;
            node->text = m_tok.text;
            break;
        case Token::Type::Ident:
        case Token::Type::Other: {
            node->text = m_tok.text;
            bool isNumber = false;
            const qint64 n = m_tok.text.toLongLong(&isNumber);
            if (m_tok.text == QLatin1String("true") || m_tok.text == QLatin1String("false")) {
                node->valueKind = FilterNode::ValueKind::Boolean;
                node->number = m_tok.text == QLatin1String("true");
            } else if (m_tok.text == QLatin1String("null")) {
                node->valueKind = FilterNode::ValueKind::Null;
            } else if (isNumber) {
                node->valueKind = FilterNode::ValueKind::Number;
                node->number = n;
            } else if (const auto ms = IsoTime::parse(m_tok.text)) {
                node->valueKind = FilterNode::ValueKind::DateTime;
                node->number = *ms;
            } else {
                return fail(QStringLiteral("Syntax error: '%1' is not a valid literal.").arg(m_tok.text));
            }
            break;
        }
        default:
            return fail(QStringLiteral("Syntax error: a value was expected after the operator."));
        }
        if (!advance())
            return nullptr;
        return node;
    }

    Lexer m_lexer;
    QString *m_error;
    Token m_tok;
    int m_depth = 0;
    int m_nodes = 0;
};

const FilterParser::Capability *findCap(const std::vector<FilterParser::Capability> &caps,
                                        const QString &property)
{
    for (const auto &c : caps) {
        if (property == QLatin1String(c.property))
            return &c;
    }
    return nullptr;
}

QLatin1String opName(FilterNode::Op op)
{
    switch (op) {
    case FilterNode::Op::Eq:
        return QLatin1String("eq");
    case FilterNode::Op::Ne:
        return QLatin1String("ne");
    case FilterNode::Op::Lt:
        return QLatin1String("lt");
    case FilterNode::Op::Gt:
        return QLatin1String("gt");
    case FilterNode::Op::Le:
        return QLatin1String("le");
    case FilterNode::Op::Ge:
        return QLatin1String("ge");
    }
    return QLatin1String("?");
}

} // namespace

std::unique_ptr<FilterNode> FilterParser::parse(QStringView text, QString *error)
{
    QString local;
    QString *err = error ? error : &local;
    err->clear();
    if (text.trimmed().isEmpty()) {
        *err = QStringLiteral("The filter clause is empty.");
        return nullptr;
    }
    return Parser(text, err).run();
}

bool FilterParser::validate(const FilterNode &node, const std::vector<Capability> &caps, QString *error)
{
    switch (node.kind) {
    case FilterNode::Kind::And:
        for (const auto &child : node.children) {
            if (!validate(*child, caps, error))
                return false;
        }
        return true;
    case FilterNode::Kind::Or: {
        QString property;
        for (const auto &child : node.children) {
            if (child->kind != FilterNode::Kind::Compare || child->op != FilterNode::Op::Eq ||
                (!property.isEmpty() && child->property != property)) {
                *error =
                    QStringLiteral("Invalid filter clause: 'or' can only join 'eq' comparisons of the same "
                                   "property; combine different properties with 'and'.");
                return false;
            }
            property = child->property;
            if (!validate(*child, caps, error))
                return false;
        }
        return true;
    }
    case FilterNode::Kind::Contains: {
        const Capability *cap = findCap(caps, node.property);
        if (!cap) {
            *error = QStringLiteral("Could not find a property named '%1' that supports filtering.")
                         .arg(node.property);
            return false;
        }
        if (!cap->contains) {
            *error =
                QStringLiteral("Invalid filter clause: the function 'contains' is not supported on '%1'.")
                    .arg(node.property);
            return false;
        }
        return true;
    }
    case FilterNode::Kind::Compare: {
        const Capability *cap = findCap(caps, node.property);
        if (!cap) {
            *error = QStringLiteral("Could not find a property named '%1' that supports filtering.")
                         .arg(node.property);
            return false;
        }
        const bool allowed =
            (node.op == FilterNode::Op::Eq && cap->eq) || (node.op == FilterNode::Op::Ne && cap->ne) ||
            (node.op == FilterNode::Op::Lt && cap->lt) || (node.op == FilterNode::Op::Gt && cap->gt);
        if (!allowed) {
            *error = QStringLiteral("Invalid filter clause: the operator '%1' is not supported on '%2'.")
                         .arg(opName(node.op), node.property);
            return false;
        }
        if (node.valueKind != cap->valueKind) {
            *error = QStringLiteral(
                         "Invalid filter clause: a binary operator with incompatible types was detected "
                         "for '%1'.")
                         .arg(node.property);
            return false;
        }
        return true;
    }
    }
    return false;
}

} // namespace passcode::sandbox
