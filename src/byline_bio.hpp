// The writer's bio under an opinion's bare name (byline_neighbours.cpp), read by the byline and the lede.
#pragma once

#include "page.hpp"

#include <cstddef>
#include <string_view>

namespace archive {

/// "Hélène Roux" / "Économiste, professeure à l'université de Lyon" / "Publié le 4 décembre 2026": the line under
/// line `i` is the writer's bio (two to 25 words opening with a job's word of lexicon sections bio_profession_words or
/// bio_words, no second sentence) and the line under that a short date line.
bool bio_over_date(const Page& p, std::size_t i);

/// "Économiste, professeure à l'université de Lyon", "Docente di storia all'Università di Valdora": the line opens
/// with a job's word (lexicon sections bio_profession_words, bio_words; a comma or a colon may close it), as a
/// writer's bio does.
bool opens_with_job(std::string_view line);

} // namespace archive
