#include "DomainHealthPage.h"

#include "DomainCheckCard.h"
#include "DomainCheckText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace Postino {

namespace {
QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

DomainHealthPage::DomainHealthPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("domainHealthPage"));
    buildUi();
}

DomainHealthPage::~DomainHealthPage() = default; // a check under way goes with it, and says nothing more

void DomainHealthPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Domain Health"), this);
    title->setObjectName(QStringLiteral("domainHealthTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* intro = new QLabel(tr("Will mail from your address be trusted? Gmail, Yahoo and Outlook.com refuse or file "
                                "as spam mail whose domain does not vouch for the server that sent it. Postino reads "
                                "what your domain publishes in the DNS and says exactly what to add or change."),
                             this);
    intro->setObjectName(QStringLiteral("domainHealthIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("domainEdit"));
    m_target->setAccessibleName(tr("Domain or address"));
    m_target->setPlaceholderText(tr("example.com or you@example.com"));
    m_selector = new QLineEdit(this);
    m_selector->setObjectName(QStringLiteral("selectorEdit"));
    m_selector->setAccessibleName(tr("DKIM selector"));
    m_selector->setPlaceholderText(tr("Optional: the usual ones are tried"));
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setAccessibleName(tr("Sending server"));
    m_server->setPlaceholderText(tr("Optional: e.g. smtp.example.com or its address"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(fieldLabel(tr("&Domain or address:"), m_target, this), m_target);
    form->addRow(fieldLabel(tr("DKIM &selector:"), m_selector, this), m_selector);
    form->addRow(fieldLabel(tr("Sending se&rver:"), m_server, this), m_server);
    layout->addLayout(form);

    m_checkButton = new QPushButton(QIcon::fromTheme(QStringLiteral("system-search")), tr("C&heck"), this);
    m_checkButton->setObjectName(QStringLiteral("checkDomainButton"));
    m_checkButton->setDefault(true);
    m_recheckButton = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("R&e-check"), this);
    m_recheckButton->setObjectName(QStringLiteral("recheckButton"));
    m_recheckButton->setToolTip(tr("Check the same domain again, e.g. after changing its DNS records"));
    m_recheckButton->setEnabled(false);
    connect(m_checkButton, &QPushButton::clicked, this, &DomainHealthPage::check);
    connect(m_recheckButton, &QPushButton::clicked, this, &DomainHealthPage::recheck);
    for (QLineEdit* edit : {m_target, m_selector, m_server})
        connect(edit, &QLineEdit::returnPressed, this, &DomainHealthPage::check);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_recheckButton);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("domainStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("domainResultsArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results = new QWidget(m_scroll);
    m_results->setObjectName(QStringLiteral("domainResults"));
    m_resultsLayout = new QVBoxLayout(m_results);
    m_resultsLayout->setContentsMargins(0, 4, 4, 4);
    m_empty = new QLabel(tr("Type your domain or address and choose Check. Nothing is sent: Postino only reads "
                            "public DNS records."),
                         m_results);
    m_empty->setObjectName(QStringLiteral("domainEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setMargin(24);
    m_resultsLayout->addWidget(m_empty);
    m_resultsLayout->addStretch(1);
    m_scroll->setWidget(m_results);
    layout->addWidget(m_scroll, 1);
    setFocusProxy(m_target);
}

void DomainHealthPage::dropCheck()
{
    if (!m_check)
        return;
    m_check->disconnect(this);
    m_check.release()->deleteLater(); // perhaps inside one of its signals
}

void DomainHealthPage::setResolver(DnsResolver* resolver, Clock* clock)
{
    dropCheck();
    m_resolver = resolver;
    m_clock = clock;
}

void DomainHealthPage::setAccount(const QString& address, const QString& server)
{
    m_accountAddress = address.trimmed();
    m_accountServer = server.trimmed();
    m_target->setText(m_accountAddress);
    m_server->setText(m_accountServer);
    m_suggestedTarget = m_accountAddress;
    m_suggestedServer = m_accountServer;
}

void DomainHealthPage::suggestAccount(const QString& address, const QString& server)
{
    const bool targetUntouched = m_target->text().trimmed().isEmpty() || m_target->text() == m_suggestedTarget;
    const bool serverUntouched = m_server->text().trimmed().isEmpty() || m_server->text() == m_suggestedServer;
    if (!targetUntouched || !serverUntouched)
        return;
    setAccount(address, server);
}

void DomainHealthPage::setTarget(const QString& target)
{
    m_target->setText(target.trimmed());
}

QString DomainHealthPage::target() const
{
    return m_target->text().trimmed();
}

bool DomainHealthPage::isRunning() const
{
    return m_check && !m_check->isFinished();
}

QList<DomainCheckCard*> DomainHealthPage::cards() const
{
    return m_cards;
}

DomainCheckCard* DomainHealthPage::card(const QString& id) const
{
    for (DomainCheckCard* c : m_cards) {
        if (c->id() == id)
            return c;
    }
    return nullptr;
}

void DomainHealthPage::setStatus(const QString& text)
{
    m_status->setText(text);
}

bool DomainHealthPage::check()
{
    const QString target = m_target->text().trimmed();
    if (target.isEmpty()) {
        setStatus(tr("Type a domain (example.com) or an address (you@example.com) first."));
        m_target->setFocus();
        return false;
    }
    if (DomainCheck::domainOf(target).isEmpty()) {
        setStatus(tr("'%1' is not a domain name or an address: type e.g. example.com or you@example.com.").arg(target));
        m_target->setFocus();
        return false;
    }
    DomainCheckOptions options;
    options.target = target;
    options.dkimSelectors =
        m_selector->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty())
        options.servers.append(server);
    // Through the account's own server the envelope sender is the account's address: a From that is
    // another address may not align.
    if (!m_accountAddress.isEmpty() && !server.isEmpty() && server.compare(m_accountServer, Qt::CaseInsensitive) == 0)
        options.accountAddress = m_accountAddress;
    return start(options);
}

bool DomainHealthPage::recheck()
{
    return m_lastOptions ? start(*m_lastOptions) : check();
}

bool DomainHealthPage::start(const DomainCheckOptions& options)
{
    if (!m_resolver) {
        setStatus(tr("Postino has no DNS resolver here, so it cannot look anything up."));
        return false;
    }
    dropCheck(); // a check under way stops here: nothing more from it
    m_report.reset();
    m_lastOptions = options;
    DomainCheckOptions run = options;
    run.deadlineMs = m_deadlineMs;
    run.clock = m_clock;
    run.mtaSts = m_mtaSts;
    run.submissions = m_submissions;
    clearCards();
    for (const QString& id : DomainCheck::checkIds())
        addCard(id);
    m_check = std::make_unique<DomainCheck>(*m_resolver, run);
    connect(m_check.get(), &DomainCheck::checkFinished, this, &DomainHealthPage::showResult);
    connect(m_check.get(), &DomainCheck::finished, this, &DomainHealthPage::showReport);
    const QString domain = DomainCheck::domainOf(options.target);
    setStatus(tr("Checking %1…").arg(domain));
    m_recheckButton->setEnabled(true);
    emit checkStarted(domain);
    m_check->start();
    return true;
}

DomainCheckCard* DomainHealthPage::addCard(const QString& id)
{
    auto* c = new DomainCheckCard(id, m_results);
    connect(c, &DomainCheckCard::fixCopied, this, [this](const QString& checkId, const QString&) {
        setStatus(tr("The fix for %1 is on the clipboard: paste it into your domain's DNS panel (or the setting "
                     "it names), then choose Re-check.")
                      .arg(DomainCheckText::title(checkId)));
        emit fixCopied(checkId);
    });
    m_resultsLayout->insertWidget(m_resultsLayout->count() - 1, c); // before the stretch
    m_cards.append(c);
    m_empty->hide();
    return c;
}

void DomainHealthPage::clearCards()
{
    for (DomainCheckCard* c : std::as_const(m_cards))
        delete c;
    m_cards.clear();
}

void DomainHealthPage::showResult(const DomainCheckResult& result)
{
    // The first card of that id still waiting; a second result of the same id (one per MX) gets its own.
    DomainCheckCard* target = nullptr;
    for (DomainCheckCard* c : std::as_const(m_cards)) {
        if (c->id() == result.id && c->isPending()) {
            target = c;
            break;
        }
    }
    if (!target)
        target = addCard(result.id);
    target->setResult(result);
    int done = 0;
    for (const DomainCheckCard* c : std::as_const(m_cards))
        done += c->isPending() ? 0 : 1;
    if (m_check && !m_check->isFinished())
        setStatus(tr("Checking %1… %2 of %3 done.")
                      .arg(DomainCheck::domainOf(m_lastOptions ? m_lastOptions->target : QString()))
                      .arg(done)
                      .arg(m_cards.size()));
    emit resultShown(result);
}

void DomainHealthPage::showReport(const DomainCheckReport& report)
{
    m_report = report;
    // A card that got no result (a check the core did not run) goes.
    for (qsizetype i = m_cards.size() - 1; i >= 0; --i) {
        if (m_cards.at(i)->isPending())
            delete m_cards.takeAt(i);
    }
    int fails = 0;
    int warnings = 0;
    for (const DomainCheckResult& r : report.checks) {
        fails += r.status == DomainCheckResult::Status::Fail ? 1 : 0;
        warnings += r.status == DomainCheckResult::Status::Warn ? 1 : 0;
    }
    const QString elapsed =
        tr("Checked in %1 s.").arg(QLocale().toString(static_cast<double>(report.elapsedMs) / 1000.0, 'f', 1));
    QString verdict;
    if (report.dnsUnanswered)
        verdict = tr("The DNS did not answer every look-up for %1, so this verdict is not complete: choose Re-check "
                     "in a moment.")
                      .arg(report.domain);
    else if (fails > 0)
        verdict = tr("Mail from %1 may not be trusted: %n check(s) failed.", nullptr, fails).arg(report.domain);
    else if (warnings > 0)
        verdict = tr("Mail from %1 should be trusted, with %n warning(s).", nullptr, warnings).arg(report.domain);
    else
        verdict = tr("Mail from %1 should be trusted: nothing failed.").arg(report.domain);
    setStatus(verdict + QLatin1Char(' ') + elapsed);
    emit checkDone(report);
}

} // namespace Postino
