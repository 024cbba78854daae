// A readers' letters page: each letter signed under its text with the writer's name and town ("Anna Muster,
// Hafenstadt"), the letters grouped under a line naming the article they answer ("Zu „…“ (2. Dezember):").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive {

struct Block;

/// The block `k` signs a reader's letter: "Anna Muster, Hafenstadt", "Dr. Jane Roe, Marsh End" (a name of two to four
/// words, perhaps after a title closed by its stop, a comma and the writer's town of one to three words, no stop)
/// right under a paragraph, and another line of that shape signs a paragraph in the region `rs`..`re` too.
bool letter_signature(const std::vector<Block>& blocks, std::size_t k, std::size_t rs, std::size_t re);

/// "Zu „Landkreis streicht sechs Buslinien“ (29. November):", "À propos de « Le tram attendra » (2 décembre) :",
/// "Re “Council cuts bus routes” (Dec. 2):": the language's word for what a letter answers (lexicon section
/// letter_reference_openings), the article's title in quotation marks, perhaps its day in parentheses, and a colon.
bool letter_reference(std::string_view line, std::string_view language);

} // namespace archive
