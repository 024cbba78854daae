// What the mention before a cue (mention_before(), quote_mention_before.cpp) asks of the readers of a name set off by
// commas that the mention after it (mention_after(), quote_mentions.cpp) reads too. Internal to the quotes stage.
#pragma once

#include "quote_speakers.hpp"
#include "quote_words.hpp"

#include <cstddef>
#include <vector>

namespace archive::quoting {

/// "une habitante, Fatima, raconte": word j is a known given name, or one the text presents so, alone between marks.
bool given_name_alone(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);
/// "said the sponsor, state Sen. Ann Roe": past an apposition's comma at j - 1, a titled name's first word, else 0.
std::size_t titled_apposition(const std::vector<Word>& ws, std::size_t j, const Speakers& sp);

} // namespace archive::quoting
