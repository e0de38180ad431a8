// Fuzzes the ONNX importer (its own bounded protobuf reader) and everything an imported model
// goes through.
#include "fuzzimport.h"
#include "onnximporter.h"

using namespace headroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Architecture arch = fuzz::sentinelArchitecture();
    QString error;
    OnnxImportInfo info;
    const bool accepted = OnnxImporter::import(bytes, arch, &error, &info);
    fuzz::checkImport(accepted, arch, error);
    return 0;
}
