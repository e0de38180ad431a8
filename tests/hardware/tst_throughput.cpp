#include <QTest>
class T_throughput : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};
QTEST_GUILESS_MAIN(T_throughput)
#include "tst_throughput.moc"
