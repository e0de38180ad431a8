// What every command shares: the output streams, errors, option parsing and formatting.
#include "app/cli/clicommands.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace headroom::cli {

namespace {
QTextStream *g_out = nullptr;
QTextStream *g_err = nullptr;

QTextStream &standardOut()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &standardErr()
{
    static QTextStream s(stderr);
    return s;
}

// Terminal columns a string takes: CJK ideographs, kana, Hangul and full-width forms take two.
int displayWidth(const QString &s)
{
    int w = 0;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}
} // namespace

QTextStream &out()
{
    return g_out ? *g_out : standardOut();
}

QTextStream &err()
{
    return g_err ? *g_err : standardErr();
}

OutputCapture::OutputCapture()
    : m_outStream(&m_out, QIODevice::WriteOnly), m_errStream(&m_err, QIODevice::WriteOnly),
      m_previousOut(g_out), m_previousErr(g_err)
{
    g_out = &m_outStream;
    g_err = &m_errStream;
}

OutputCapture::~OutputCapture()
{
    g_out = m_previousOut;
    g_err = m_previousErr;
}

QString OutputCapture::out()
{
    m_outStream.flush();
    return m_out;
}

QString OutputCapture::err()
{
    m_errStream.flush();
    return m_err;
}

int fail(int code, const QString &message)
{
    err() << "headroom-cli: " << message << Qt::endl;
    return code;
}

std::optional<int> parseArguments(QCommandLineParser &p, const QStringList &args)
{
    if (!p.parse(args))
        return fail(UsageError, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        out().flush();
        return Ok;
    }
    return std::nullopt;
}

void printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

QString num(double value, char format, int precision)
{
    return QLocale().toString(value, format, precision);
}

QString pad(const QString &s, int width)
{
    return s + QString(std::max(0, width - displayWidth(s)), QLatin1Char(' '));
}

} // namespace headroom::cli
