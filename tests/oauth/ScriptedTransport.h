#pragma once

#include "oauth/OAuthHttp.h"
#include "oauth/OAuthTokens.h"

#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <optional>

namespace Postino::Test {

// An OAuthTransport that records every POST and answers from a script, in order, on the next turn of the
// event loop (never inside the call). With no answer left it never answers (a hanging endpoint).
class ScriptedTransport final : public OAuthTransport
{
public:
    struct Request
    {
        QUrl url;
        OAuthForm form;
        [[nodiscard]] QString value(const QString& key) const
        {
            for (const auto& [k, v] : form) {
                if (k == key)
                    return v;
            }
            return {};
        }
    };

    void answer(int status, const QByteArray& body) { m_script.append({status, body, {}}); }
    void fail(const QString& error) { m_script.append({0, {}, error}); }

    void postForm(const QUrl& url, const OAuthForm& form, QObject* context, Callback done) override
    {
        requests.append({url, form});
        if (m_script.isEmpty())
            return;
        const Reply reply = m_script.takeFirst();
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, done, reply] {
                if (guard)
                    done(reply);
            },
            Qt::QueuedConnection);
    }

    QList<Request> requests;

private:
    QList<Reply> m_script;
};

// Counts a flow's finished() and keeps the last result (Result has no default constructor, so QSignalSpy
// cannot hold it).
class FinishedSpy
{
public:
    template<typename Flow>
    explicit FinishedSpy(Flow* flow)
    {
        QObject::connect(flow, &Flow::finished, flow, [this](const Result<OAuthTokens>& result) {
            ++m_count;
            m_last = result;
        });
    }
    [[nodiscard]] int size() const { return m_count; }
    [[nodiscard]] const Result<OAuthTokens>& last() const { return *m_last; }

private:
    int m_count = 0;
    std::optional<Result<OAuthTokens>> m_last;
};

} // namespace Postino::Test
