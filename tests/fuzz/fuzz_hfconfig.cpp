// Fuzzes the Hugging Face config.json importer and everything an imported model goes through.
#include "core/io/hf/hfconfigimporter.h"
#include "fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return headroom::fuzz::fuzzImporter<headroom::HfConfigImporter, headroom::HfImportInfo>(data, size);
}
