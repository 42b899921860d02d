// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenants/CrossTenantSearchPage.h"

#include "ui/common/Headings.h"
#include "ui/common/Icons.h"
#include "ui/tenants/CrossTenantResultsModel.h"
#include "ui/tenants/CrossTenantSearch.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace passcode::ui {

CrossTenantSearchPage::CrossTenantSearchPage(QWidget *parent)
    : QWidget(parent)
    , m_search(new CrossTenantSearch(this))
{
    setObjectName(QStringLiteral("crossTenantSearchPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = newPageTitle(this);
    layout->addWidget(m_title);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("crossTenantSearch"));
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);

    m_strip = new QWidget(this);
    m_strip->setObjectName(QStringLiteral("tenantStatusStrip"));
    m_stripLayout = new QHBoxLayout(m_strip);
    m_stripLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_strip);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("crossTenantSummary"));
    layout->addWidget(m_summary);

    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_search->results());
    m_sorted->setSortRole(CrossTenantResultsModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("crossTenantResults"));
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // At most a few hundred rows: the columns fit their contents (the tenant's name first of all).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CrossTenantResultsModel::Tenant, Qt::AscendingOrder);
    layout->addWidget(m_view, 1);
    setTabOrder(m_edit, m_view);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CrossTenantSearchPage::startSearch);
    connect(m_edit, &QLineEdit::textChanged, this, &CrossTenantSearchPage::onTextEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &CrossTenantSearchPage::startSearch);
    connect(m_search, &CrossTenantSearch::tenantChanged, this, &CrossTenantSearchPage::updateTenant);
    connect(m_search, &CrossTenantSearch::finished, this, &CrossTenantSearchPage::updateSummary);
    connect(m_view, &QTableView::activated, this, &CrossTenantSearchPage::activateRow);
    retranslate();
}

CrossTenantSearchPage::~CrossTenantSearchPage() = default;

void CrossTenantSearchPage::retranslate()
{
    m_title->setText(tr("Search all tenants"));
    m_edit->setPlaceholderText(
        tr("Device name, serial number, IMEI, UPN or device ID, in every open tenant"));
    m_edit->setAccessibleName(tr("Search every tenant"));
    m_strip->setAccessibleName(tr("Search progress by tenant"));
    m_view->setAccessibleName(tr("Devices found in every tenant"));
    m_search->results()->retranslate();
    for (int i = 0; i < m_tenantLabels.size(); ++i)
        updateTenant(i);
    updateSummary();
}

void CrossTenantSearchPage::setTenants(const TenantHandles &tenants)
{
    m_search->setTenants(tenants);
    rebuildStrip();
    if (!m_edit->text().trimmed().isEmpty())
        startSearch();
}

void CrossTenantSearchPage::rebuildStrip()
{
    while (QLayoutItem *item = m_stripLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_tenantLabels.clear();
    for (int i = 0; i < m_search->tenants().size(); ++i) {
        // The tenant's colour as a swatch beside its name; the text alone says the state.
        auto *swatch = new QLabel(m_strip);
        swatch->setPixmap(CrossTenantResultsModel::swatch(m_search->tenants().at(i).color).pixmap(12, 12));
        auto *label = new QLabel(m_strip);
        label->setObjectName(QStringLiteral("tenantStatus%1").arg(i));
        label->setTextFormat(Qt::PlainText);
        // Long states (an error, "more on the server") wrap: the strip never widens the window.
        label->setWordWrap(true);
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 16);
        m_stripLayout->addWidget(swatch, 0, Qt::AlignTop);
        m_stripLayout->addWidget(label, 1);
        m_stripLayout->addSpacing(12);
        m_tenantLabels.append(label);
        updateTenant(i);
    }
}

void CrossTenantSearchPage::updateTenant(int tenant)
{
    if (tenant < 0 || tenant >= m_tenantLabels.size())
        return;
    QLabel *label = m_tenantLabels.at(tenant);
    const QString text = m_search->statusText(tenant);
    const CrossTenantSearch::TenantStatus &status = m_search->status(tenant);
    label->setText(text);
    label->setAccessibleName(text);
    label->setToolTip(status.error && !status.error->detail.isEmpty() ? status.error->detail : text);
    updateSummary();
}

void CrossTenantSearchPage::updateSummary()
{
    const int rows = m_search->results()->rowCount();
    if (m_search->text().isEmpty()) {
        m_summary->setText(tr("Type a device name, serial number, IMEI, UPN or device ID."));
        return;
    }
    const int tenants = static_cast<int>(m_search->tenants().size());
    m_summary->setText(m_search->isRunning() ? tr("%Ln device(s) found so far…", nullptr, rows)
                                             : tr("%1 found in %2.")
                                                   .arg(tr("%Ln device(s)", nullptr, rows),
                                                        tr("%Ln tenant(s)", nullptr, tenants)));
}

QStringList CrossTenantSearchPage::tenantStatusTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_search->tenants().size(); ++i)
        texts.append(m_search->statusText(i));
    return texts;
}

void CrossTenantSearchPage::onTextEdited()
{
    if (m_delay.count() <= 0) {
        startSearch();
        return;
    }
    m_timer.start(m_delay);
}

void CrossTenantSearchPage::startSearch()
{
    m_timer.stop();
    if (m_edit->text().trimmed() == m_search->text() && m_search->isRunning())
        return;
    m_search->search(m_edit->text());
    updateSummary();
}

void CrossTenantSearchPage::activateRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString tenant = index.data(CrossTenantResultsModel::TenantIdRole).toString();
    const QString device = index.data(CrossTenantResultsModel::DeviceIdRole).toString();
    if (!tenant.isEmpty() && !device.isEmpty())
        Q_EMIT deviceRequested(tenant, device);
}

void CrossTenantSearchPage::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool CrossTenantSearchPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_sorted->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->selectionModel()->setCurrentIndex(
                    m_sorted->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CrossTenantSearchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace passcode::ui
