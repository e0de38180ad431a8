// Fuzzes the Hugging Face config.json importer and everything an imported model goes through.
#include "fuzzimport.h"
#include "hfconfigimporter.h"

using namespace headroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Architecture arch = fuzz::sentinelArchitecture();
    QString error;
    HfImportInfo info;
    const bool accepted = HfConfigImporter::import(bytes, arch, &error, &info);
    fuzz::checkImport(accepted, arch, error);
    return 0;
}
