// The mentions after an according word that name no source (quote_according.cpp): the writer's own reporting, a
// schedule. Internal to the stage.
#pragma once

#include "quote_speakers.hpp"
#include "quote_words.hpp"

#include <cstddef>
#include <vector>

namespace archive::quoting {

/// "selon nos informations", "según nuestras fuentes", "selon le calendrier prévu": the mention ws[first..last] after
/// an according word opens with the writer's own possessive ([writer_possessive_words]), an article perhaps before
/// it, or its noun names a schedule ([schedule_words]): no one's words are reported (quote_according.cpp).
bool names_no_source(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp);

} // namespace archive::quoting
