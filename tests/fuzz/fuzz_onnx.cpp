// Fuzzes the ONNX importer (its own bounded protobuf reader) and everything an imported model
// goes through.
#include "core/io/onnx/onnximporter.h"
#include "fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return headroom::fuzz::fuzzImporter<headroom::OnnxImporter, headroom::OnnxImportInfo>(data, size);
}
