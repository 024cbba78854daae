// A mention that opens with a body's own name ("l'Association des médecins d'urgence du Québec"): it names that body,
// not someone named before (quote_descriptions.cpp). Internal to the stage.
#pragma once

#include "quote_speakers.hpp"
#include "quote_words.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// "l'Association des médecins d'urgence du Québec", "la Fédération des locataires de Laval", "l'Associazione dei
/// medici di Bari": the mention ws[first..last] (`s` the unit's text) opens with a capitalised noun of an organisation
/// ([organisation_words], [body_words]) after its article, elided into it or standing before it, and goes on past it
/// through a word linking it to what the body is of ("des", "of"): the body's own name.
bool own_body_name(std::string_view s, const std::vector<Word>& ws, std::size_t first, std::size_t last,
                   const Speakers& sp);

} // namespace archive::quoting
