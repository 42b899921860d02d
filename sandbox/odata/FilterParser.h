// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace passcode::sandbox {

/** A parsed OData $filter expression (the subset Intune accepts). */
struct FilterNode
{
    enum class Kind
    {
        And,
        Or,
        Compare,
        Contains
    };
    enum class Op
    {
        Eq,
        Ne,
        Lt,
        Gt,
        Le,
        Ge
    };
    enum class ValueKind
    {
        String,
        DateTime,
        Number,
        Boolean,
        Null
    };

    Kind kind = Kind::Compare;
    // Compare / Contains
    QString property;
    Op op = Op::Eq;
    ValueKind valueKind = ValueKind::String;
    QString text;      ///< string literal (unescaped) or raw token
    qint64 number = 0; ///< DateTime (ms since epoch) or Number
    // And / Or
    std::vector<std::unique_ptr<FilterNode>> children;
};

/**
 * Parses $filter text: comparisons (`prop eq 'x'`, ne, lt, gt, le, ge), `contains(prop,'x')`, parentheses,
 * `and` and `or` with OData precedence. String literals use '' for a quote; DateTimeOffset literals are
 * unquoted. Which properties and operators a resource accepts is checked by the caller
 * (FilterParser::validate).
 */
class FilterParser
{
public:
    static std::unique_ptr<FilterNode> parse(QStringView text, QString *error);

    /** An allowed (property, operator) pair of a resource. */
    struct Capability
    {
        const char *property;
        bool eq, ne, lt, gt, contains;
        FilterNode::ValueKind valueKind;
    };
    /**
     * Checks \a node against \a caps: every comparison must name an allowed property/operator with a value of
     * the right type; `or` may only join `eq` comparisons of one property (graph-intune.md §1). Fills \a
     * error.
     */
    static bool validate(const FilterNode &node, const std::vector<Capability> &caps, QString *error);
};

} // namespace passcode::sandbox
