#pragma once

namespace ogi {

// Runs the pipeline once on a small built-in report (a text dump in a temporary file), so that
// what the stages set up on first use — ICU's normalizer data, compiled regular expressions,
// label caches — exists in `ogi batch`'s coordinator before it forks. Every worker then inherits
// it copy-on-write instead of building it again, which was most of a small file's cost.
// Never throws; a failure only means the workers warm up themselves.
void warm_up_stages();

}  // namespace ogi
