// A second speech verb joined to the cue of the quote just read ("pidió «calma» y recordó que ..."): the reported
// clause after it, the same speaker's indirect quote (quote_coordinated_reports.cpp).
#pragma once

#include "quote_reader.hpp"

namespace archive::quoting {

/// After quote `at` of unit `r` was given its cue and speaker (the last of ex.quotes): the words after its closing mark
/// in its sentence, a few words then a coordinating word ([coordinating_words]), a speech verb (a helper perhaps
/// before it) and its "that" ([that]), report the rest of the sentence as the same speaker's: an indirect quote with
/// that verb as its cue and the quote's mention.
void coordinated_report(UnitReader& r, const UnitReader::QuoteAt& at);

} // namespace archive::quoting
