// A picture amid the article's text, as the region's weights read it (region.cpp's main_region()): its gallery's
// counter, its caption and its credit, and the sentence of the text right over it (region_pictures.cpp).
#pragma once

#include "page.hpp"

#include <cstddef>
#include <vector>

namespace archive {

/// "1 de 8", "3 di 12", "2 of 7": a gallery's counter without its picture's word, the picture's number, a word of
/// "of" (lexicon section gallery_count_of_words) and the gallery's count, no smaller.
bool bare_slide_count(const Block& b);
/// "Zdjęcie 2 z 6 / Morsy wchodzą do wody. Fot. PAP/Jan Nowak", "Foto 2 de 6 / <caption>. Foto: Ana Lopes/Lusa",
/// "<caption> / Fot. PAP/Jan Nowak": the lines of a picture from line k, glued together, closed by its credit: a
/// gallery's counters, a caption of forty words at most, and the credit alone on its line (is_credit_line()) or
/// closing the caption (split_trailing_credit()); no link, no line the page prints again, no terminator. One past the
/// credit's line, k for none (and for a picture with no line rated text within reach under it, as its callers ask).
std::size_t credited_picture_end(const Page& p, std::size_t k);
/// "<paragraph> / Zdjęcie 2 z 6 / <caption> / Fot. PAP/Jan Nowak / <paragraph>": the lines of a credited picture
/// (credited_picture_end()) between a line rated good (or a sentence of the text under one, which main_region()
/// weighs as a short line) and a line rated text weigh as short lines do: its caption, rated bad, would cut the text
/// under it off the region.
void weigh_pictures_amid_text(const Page& p, std::vector<double>& w);

} // namespace archive
