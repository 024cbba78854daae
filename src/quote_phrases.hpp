// Quoted words that are the writer's phrase, not anyone's speech: the tests of quote_phrases.cpp, which
// quote_uncued.cpp runs on a quote that no cue attributes and no speaker was found for.
#pragma once

#include "quote_reader.hpp"

namespace archive::quoting {

/// "The pier closed in May. “Q” The school stayed open.": the unit's words outside its quote marks hold a run of
/// the writer's prose, three words in a row that open in lower case. A pull quote alone on its line has none.
bool prose_around(const UnitReader& r);

/// Whether the quote `at` of unit `r`, which no cue attributes and no person of the text claims, shows words
/// rather than reports them: a word named or given as an example, a label, text to type, a title in a list of
/// references. Such quotes are left to their paragraph and are no quote.
bool writers_phrase(const UnitReader& r, const UnitReader::QuoteAt& at);

/// "The inspectors rated the school “poor”", "jugé « insuffisant » par les inspecteurs": the quote `at` of unit `r`
/// holds one word or two, no sentence's end, and a verb of rating ([rating_verbs]) stands at most four words before
/// it in its clause: the quoted words are the grade given, the rater's label, not speech. The quote is no quote, even
/// where the verb is a cue ("rated" is one: "she rated the talks a success").
bool rating_label(const UnitReader& r, const UnitReader::QuoteAt& at);

} // namespace archive::quoting
