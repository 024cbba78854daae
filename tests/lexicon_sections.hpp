// Every section of a lexicon by name, in file order, for the tests that walk them all: a lexicon makes a section at
// the first question about it (SectionTable, src/lexicon.cpp), so the names are the build's (lexicon_data.hpp).
#pragma once

#include "lexicon.hpp"
#include "lexicon_data.hpp"

#include <string_view>
#include <utility>
#include <vector>

namespace archive::test {

/// Each section of `lex` with its name, in file order (each made by this question if it was not before).
inline std::vector<std::pair<std::string_view, const LexiconSection&>> sections_of(const Lexicon& lex) {
    std::vector<std::pair<std::string_view, const LexiconSection&>> out;
    for (const lexicon_data::File& file : lexicon_data::files) {
        if (file.code != lex.code)
            continue;
        for (const lexicon_data::Section& s : file.sections) {
            const std::string_view name = lexicon_data::text.substr(s.name.at, s.name.size);
            out.emplace_back(name, *lex.section(name));
        }
    }
    return out;
}

} // namespace archive::test
