#include "OAuthSignInPanel.h"

#include "common/Settings.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/DeviceAuthorization.h"
#include "oauth/OAuthClientConfig.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Postino {

namespace {

std::function<void(const QUrl&)>& browserOpener()
{
    static std::function<void(const QUrl&)> opener;
    return opener;
}

QString errorWords(const Error& e)
{
    return e.detail().isEmpty() ? e.message() : e.message() + u' ' + e.detail();
}

} // namespace

void OAuthSignInPanel::setBrowserOpener(std::function<void(const QUrl&)> opener)
{
    browserOpener() = std::move(opener);
}

void OAuthSignInPanel::openBrowser(const QUrl& url)
{
    if (browserOpener())
        browserOpener()(url);
    else
        QDesktopServices::openUrl(url);
}

OAuthSignInPanel::OAuthSignInPanel(QWidget* parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_deviceButton(new QPushButton(tr("Sign In on &Another Device…"), this))
    , m_cancel(new QPushButton(tr("&Cancel Sign-In"), this))
    , m_buttons(new QHBoxLayout)
    , m_status(new QLabel(this))
    , m_deviceBox(new QWidget(this))
    , m_deviceText(new QLabel(m_deviceBox))
    , m_deviceCode(new QLabel(m_deviceBox))
    , m_copyCode(new QPushButton(tr("Co&py Code"), m_deviceBox))
    , m_openPage(new QPushButton(tr("&Open the Page"), m_deviceBox))
{
    setObjectName(QStringLiteral("oauthSignInPanel"));
    m_note->setObjectName(QStringLiteral("oauthNote"));
    m_note->setWordWrap(true);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_deviceButton->setObjectName(QStringLiteral("deviceSignInButton"));
    m_deviceButton->setToolTip(tr("Sign in on a phone or another computer with a code, when this computer's browser "
                                  "cannot reach the provider's page."));
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_status->setObjectName(QStringLiteral("oauthStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_deviceBox->setObjectName(QStringLiteral("deviceCodeBox"));
    m_deviceText->setObjectName(QStringLiteral("deviceCodeText"));
    m_deviceText->setWordWrap(true);
    m_deviceText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_deviceText->setOpenExternalLinks(false);
    m_deviceCode->setObjectName(QStringLiteral("deviceUserCode"));
    m_deviceCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setPointSizeF(code.pointSizeF() * 1.6);
    code.setBold(true);
    m_deviceCode->setFont(code);
    m_copyCode->setObjectName(QStringLiteral("copyDeviceCodeButton"));
    m_openPage->setObjectName(QStringLiteral("openDevicePageButton"));
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_deviceCode);
    codeRow->addWidget(m_copyCode);
    codeRow->addWidget(m_openPage);
    codeRow->addStretch(1);
    auto* deviceLayout = new QVBoxLayout(m_deviceBox);
    deviceLayout->setContentsMargins(0, 0, 0, 0);
    deviceLayout->addWidget(m_deviceText);
    deviceLayout->addLayout(codeRow);

    m_buttons->addWidget(m_signIn);
    m_buttons->addWidget(m_deviceButton);
    m_buttons->addWidget(m_cancel);
    m_buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(m_buttons);
    layout->addWidget(m_deviceBox);
    layout->addWidget(m_status);

    connect(m_signIn, &QPushButton::clicked, this, &OAuthSignInPanel::signIn);
    connect(m_deviceButton, &QPushButton::clicked, this, &OAuthSignInPanel::signInOnDevice);
    connect(m_cancel, &QPushButton::clicked, this, &OAuthSignInPanel::cancel);
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        if (QClipboard* clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_deviceCode->text());
    });
    connect(m_openPage, &QPushButton::clicked, this, [this] { openBrowser(QUrl(m_devicePage)); });
    connect(m_deviceText, &QLabel::linkActivated, this, [](const QString& link) { openBrowser(QUrl(link)); });
    update();
}

OAuthSignInPanel::~OAuthSignInPanel()
{
    // Every flow (one finished may still wait for its deleteLater) goes before the transport it uses.
    qDeleteAll(findChildren<AuthorizationCodeFlow*>(QString(), Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<DeviceAuthorization*>(QString(), Qt::FindDirectChildrenOnly));
}

void OAuthSignInPanel::setProvider(const ProviderEntry& provider)
{
    if (provider.id != m_provider.id || provider.oauth2.tokenUrl != m_provider.oauth2.tokenUrl) {
        cancel();
        m_tokens.reset();
        m_client = {};
        m_status->clear();
    }
    m_provider = provider;
    update();
}

void OAuthSignInPanel::setLoginHint(const QString& email)
{
    m_loginHint = email;
    if (m_tokens && m_signedInAs.compare(email, Qt::CaseInsensitive) != 0) {
        m_tokens.reset(); // signed in as another address
        m_status->clear();
        emit changed();
    }
    update();
}

void OAuthSignInPanel::setHttpOptions(OAuthHttpOptions options)
{
    m_httpOptions = std::move(options);
    if (!isWaiting())
        m_http.reset(); // made again with these at the next sign-in
}

void OAuthSignInPanel::addButton(QAbstractButton* button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

bool OAuthSignInPanel::offersDeviceSignIn() const
{
    return !m_provider.oauth2.deviceAuthUrl.isEmpty();
}

void OAuthSignInPanel::setStatus(const QString& text)
{
    m_status->setText(text);
    update();
}

QString OAuthSignInPanel::providerName() const
{
    return m_provider.displayName.isEmpty() ? m_provider.id : m_provider.displayName;
}

bool OAuthSignInPanel::prepare()
{
    if (isWaiting() || !m_provider.oauth2.isValid())
        return false;
    m_tokens.reset();
    std::optional<Settings> own;
    const Settings* settings = m_settings;
    if (!settings)
        settings = &own.emplace(Settings::defaultFileName());
    const Result<OAuthClientId> client = OAuthClientConfig::resolve(m_provider, m_givenClientId, settings);
    if (!client.ok()) {
        const Error& e = client.error();
        m_status->setText(e.detail().isEmpty() ? e.message() : e.message() + u'\n' + e.detail());
        update();
        emit changed();
        return false;
    }
    m_client = client.value();
    if (!m_http)
        m_http = std::make_unique<OAuthHttp>(m_httpOptions);
    return true;
}

void OAuthSignInPanel::signIn()
{
    if (!prepare())
        return;
    auto* flow = new AuthorizationCodeFlow(m_provider.oauth2, m_client, m_http.get(), m_httpOptions.clock, this);
    m_flow = flow;
    flow->setLoginHint(m_loginHint);
    flow->setBrowserOpener([](const QUrl& url) { openBrowser(url); });
    connect(flow, &AuthorizationCodeFlow::finished, this, &OAuthSignInPanel::finish);
    m_status->setText(tr("Waiting for you to sign in in your browser…"));
    update();
    emit changed();
    flow->start();
}

void OAuthSignInPanel::signInOnDevice()
{
    if (!offersDeviceSignIn() || !prepare())
        return;
    auto* flow = new DeviceAuthorization(m_provider.oauth2, m_client, m_http.get(), m_httpOptions.clock, this);
    m_deviceFlow = flow;
    connect(flow, &DeviceAuthorization::userCodeReady, this, &OAuthSignInPanel::showDeviceCode);
    connect(flow, &DeviceAuthorization::finished, this, &OAuthSignInPanel::finish);
    m_status->setText(tr("Asking %1 for a code…").arg(providerName()));
    update();
    emit changed();
    flow->start();
}

void OAuthSignInPanel::showDeviceCode(const QString& userCode, const QString& uri, const QString& uriComplete)
{
    m_devicePage = uriComplete.isEmpty() ? uri : uriComplete;
    m_deviceText->setText(tr("On this or any other device, open <a href=\"%1\">%2</a> and enter this code:")
                              .arg(uri.toHtmlEscaped(), uri.toHtmlEscaped()));
    m_deviceCode->setText(userCode);
    m_deviceCode->setAccessibleName(tr("Code to enter: %1").arg(userCode));
    m_status->setText(tr("Waiting for you to enter the code at %1…").arg(providerName()));
    update();
}

void OAuthSignInPanel::cancel()
{
    if (m_flow)
        m_flow->cancel(); // finished() follows
    if (m_deviceFlow)
        m_deviceFlow->cancel();
}

void OAuthSignInPanel::forget()
{
    cancel();
    m_tokens.reset();
    m_status->clear();
    update();
    emit changed();
}

void OAuthSignInPanel::finish(const Result<OAuthTokens>& result)
{
    for (QObject* flow : {static_cast<QObject*>(m_flow.data()), static_cast<QObject*>(m_deviceFlow.data())}) {
        if (flow) {
            flow->disconnect(this);
            flow->deleteLater();
        }
    }
    m_flow = nullptr;
    m_deviceFlow = nullptr;
    m_devicePage.clear();
    m_deviceCode->clear();
    if (result.ok()) {
        m_tokens = result.value();
        m_signedInAs = m_loginHint;
        m_status->setText(tr("Signed in as %1.").arg(m_signedInAs));
    } else {
        m_status->setText(tr("Not signed in: %1").arg(errorWords(result.error())));
    }
    update();
    emit changed();
    if (m_tokens)
        emit signedIn(*m_tokens);
}

void OAuthSignInPanel::update()
{
    const bool waiting = isWaiting();
    const QString name = providerName();
    m_note->setText(tr("%1 signs in through its own page, not with a password here.").arg(name));
    m_signIn->setText(tr("&Sign in with %1…").arg(name));
    m_signIn->setEnabled(!waiting && m_provider.oauth2.isValid());
    m_deviceButton->setVisible(offersDeviceSignIn() && !waiting);
    m_cancel->setVisible(waiting);
    m_deviceBox->setVisible(!m_deviceFlow.isNull() && !m_deviceCode->text().isEmpty());
    m_status->setVisible(!m_status->text().isEmpty());
}

} // namespace Postino
