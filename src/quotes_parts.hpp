// The pieces of the quotes stage shared by its parts, each in a header of its own that its parts may include alone: a
// unit's words (quote_words.hpp), the word lists asked about them (quote_word_tags.hpp) and speech-verb cues
// (quote_cues.hpp); the people of a page (quote_speakers.hpp); the nouns and names of a sentence (quote_nouns.hpp); what
// a description stands for (quote_descriptions.hpp); the page's Extractor and the steps that share it
// (quote_extractor.hpp); the cues that quote a document (quote_documents.hpp). Reading a unit is UnitReader in
// quote_reader.hpp. Internal: the stage's interface is quotes.hpp and pipeline.hpp.
#pragma once

#include "quote_cues.hpp"
#include "quote_descriptions.hpp"
#include "quote_documents.hpp"
#include "quote_extractor.hpp"
#include "quote_nouns.hpp"
#include "quote_speakers.hpp"
#include "quote_word_tags.hpp"
#include "quote_words.hpp"

// (the standard headers this one gave its parts before it was split, kept so that each part still builds)
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
