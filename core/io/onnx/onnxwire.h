#pragma once

// A minimal protobuf wire-format reader over a byte range: every read is bounds-checked and a
// failure sticks (later reads return nothing), so callers check `ok()` once per message.
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace headroom::onnxwire {

enum WireType { Varint = 0, Fixed64 = 1, Bytes = 2, Fixed32 = 5 };

class Reader
{
public:
    Reader(const char *begin, const char *end, const char *origin) : m_p(begin), m_end(end), m_origin(origin)
    {}

    bool atEnd() const { return !m_ok || m_p >= m_end; }
    bool ok() const { return m_ok; }
    qint64 offset() const { return m_p - m_origin; }
    const char *failure() const { return m_failure; }

    // Reads a field tag; false at the end or on an error.
    bool next(quint32 &field, int &wireType)
    {
        if (atEnd())
            return false;
        quint64 tag = 0;
        if (!varint(tag))
            return false;
        field = quint32(tag >> 3);
        wireType = int(tag & 7);
        if (field == 0 ||
            (wireType != Varint && wireType != Fixed64 && wireType != Bytes && wireType != Fixed32))
            return fail(QT_TRANSLATE_NOOP("OnnxImporter", "an invalid field tag"));
        return true;
    }
    bool varint(quint64 &v)
    {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                return fail(QT_TRANSLATE_NOOP("OnnxImporter", "a truncated number"));
            const quint8 byte = quint8(*m_p++);
            v |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return fail(QT_TRANSLATE_NOOP("OnnxImporter", "an overlong number"));
    }
    bool fixed32(quint32 &v)
    {
        if (m_end - m_p < 4)
            return fail(QT_TRANSLATE_NOOP("OnnxImporter", "a truncated number"));
        v = 0;
        for (int i = 0; i < 4; ++i)
            v |= quint32(quint8(m_p[i])) << (8 * i);
        m_p += 4;
        return true;
    }
    // A length-delimited field: a sub-reader over its bytes.
    bool bytes(const char *&begin, const char *&end)
    {
        quint64 length = 0;
        if (!varint(length))
            return false;
        if (length > quint64(m_end - m_p))
            return fail(QT_TRANSLATE_NOOP("OnnxImporter", "a field running past the end of the file"));
        begin = m_p;
        end = m_p + length;
        m_p = end;
        return true;
    }
    bool string(QString &s)
    {
        const char *b = nullptr, *e = nullptr;
        if (!bytes(b, e))
            return false;
        s = QString::fromUtf8(b, int(e - b));
        return true;
    }
    bool skip(int wireType)
    {
        quint64 v = 0;
        quint32 f = 0;
        const char *b = nullptr, *e = nullptr;
        switch (wireType) {
        case Varint:
            return varint(v);
        case Fixed32:
            return fixed32(f);
        case Fixed64:
            if (m_end - m_p < 8)
                return fail(QT_TRANSLATE_NOOP("OnnxImporter", "a truncated number"));
            m_p += 8;
            return true;
        case Bytes:
            return bytes(b, e);
        default:
            return fail(QT_TRANSLATE_NOOP("OnnxImporter", "an invalid field tag"));
        }
    }
    bool fail(const char *what)
    {
        if (m_ok) {
            m_ok = false;
            m_failure = what;
        }
        return false;
    }
    // Adopts a sub-reader's failure.
    bool absorb(const Reader &sub)
    {
        if (!sub.ok() && m_ok) {
            m_ok = false;
            m_failure = sub.m_failure;
            m_p = sub.m_p;
        }
        return m_ok;
    }

private:
    const char *m_p;
    const char *m_end;
    const char *m_origin;
    bool m_ok = true;
    const char *m_failure = "";
};

} // namespace headroom::onnxwire
