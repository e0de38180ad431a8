#include <QTest>
class T_clihardware : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};
QTEST_GUILESS_MAIN(T_clihardware)
#include "tst_clihardware.moc"
