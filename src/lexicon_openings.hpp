// A line opening with a phrase of a word list (lexicon.cpp): kept apart from lexicon.hpp, which nearly every file
// includes, for the few stages that ask it.
#pragma once

#include "lexicon.hpp"

#include <cstddef>
#include <string_view>

namespace archive {

/// The bytes of the longest entry of `section` that the lower-cased line `lower` opens with as whole words: the
/// entry ends the line, or a byte that is no ASCII letter or digit and opens no UTF-8 sequence stands after it
/// ("support" opens "support the harbour ledger" and "support: the ledger", not "supporters gathered"); 0 when it
/// opens with none. A line whose first byte opens no entry is turned away before the entries are read (the sections'
/// first bytes, gathered once), as most lines asked are.
std::size_t opens_with_entry(const LexiconSection& section, std::string_view lower);

} // namespace archive
