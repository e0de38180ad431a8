#pragma once

#include "core/io/planfile.h"
#include "core/model/workloadlimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

// Internal to the plan-file code (core/io/planfile*.cpp): the strict JSON reader they share.
namespace headroom::planfile {

constexpr int kMaxDepth = 64;     // nesting of blocks; deeper files are rejected, not recursed into
constexpr int kMaxNodes = 100000; // layers in one architecture
constexpr int kMaxScenarios = 64;

// Walks a JSON object, remembering the path for error messages and which keys were read, so
// unknown keys can be reported.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *error)
        : m_o(o), m_path(std::move(path)), m_error(error)
    {}

    bool failed() const { return !m_error->isEmpty(); }
    QString path(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    void fail(const QString &key, const QString &problem)
    {
        if (m_error->isEmpty())
            *m_error = PlanFile::tr("%1: %2").arg(path(key), problem);
    }
    bool has(const QString &key) const { return m_o.contains(key); }
    QJsonValue value(const QString &key)
    {
        m_read.insert(key);
        return m_o.value(key);
    }

    QString string(const QString &key, bool required, const QString &fallback = {});
    double number(const QString &key, bool required, double fallback, double minimum, double maximum,
                  bool integer = true);
    // A whole number in its row's range of the workload-limits table, read from the row's key.
    int limited(LimitId id, bool required, int fallback);
    bool boolean(const QString &key, bool fallback);

    template<typename E>
    E choice(const QString &key, bool required, E fallback, std::optional<E> (*parse)(const QString &),
             const QString &valid)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, missing());
            return fallback;
        }
        const auto parsed = v.isString() ? parse(v.toString()) : std::nullopt;
        if (!parsed) {
            fail(key, notOneOf(v, valid));
            return fallback;
        }
        return *parsed;
    }

    // An optional array of names, each parsed to a bit flag; 0 when absent.
    template<typename E>
    unsigned flags(const QString &key, std::optional<E> (*parse)(const QString &), const QString &valid)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return 0;
        if (!v.isArray()) {
            fail(key, notAList(valid));
            return 0;
        }
        unsigned bits = 0;
        for (const QJsonValue &item : v.toArray()) {
            const auto parsed = item.isString() ? parse(item.toString()) : std::nullopt;
            if (!parsed) {
                fail(key, notOneOf(item, valid));
                return 0;
            }
            bits |= unsigned(*parsed);
        }
        return bits;
    }

    // Reports the first key that nobody asked for.
    void rejectUnknown();

private:
    static QString notAList(const QString &valid);
    static QString missing();
    static QString notOneOf(const QJsonValue &v, const QString &valid);

    const QJsonObject &m_o;
    QString m_path;
    QString *m_error;
    QSet<QString> m_read;
};

// Node trees, read recursively; `count` is the layers read so far (for kMaxNodes).
bool readNode(const QJsonObject &o, const QString &path, Node &node, QString *error, int depth, int &count);

} // namespace headroom::planfile
