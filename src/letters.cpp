// A readers' letters page: the letters' signatures and the lines naming the article they answer (letters.hpp).
#include "letters.hpp"

#include "bylines.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <string>
#include <utility>

namespace archive {

namespace {

// "Anna Muster, Hafenstadt", "Dr. Jane Roe, Marsh End": a bare name (after a title of a few letters and its stop
// perhaps), a comma, and one to three words of a place, the first and the last capitalised, no figure, no stop.
bool signature_shaped(const Block& b) {
    const int fewest_words = 3, most_words = 8;
    const std::size_t most_title_bytes = 5, most_place_words = 3;
    if (b.end_punct || b.digits > 0 || b.words < fewest_words || b.words > most_words || b.urls > 0)
        return false;
    const std::size_t comma = b.text.find(", ");
    if (comma == std::string::npos || b.text.find(',', comma + 1) != std::string::npos)
        return false;
    std::vector<std::string_view> name = text::split_ws(std::string_view(b.text).substr(0, comma));
    if (!name.empty() && name.front().size() <= most_title_bytes && name.front().ends_with('.') &&
        text::starts_upper(name.front()))
        name.erase(name.begin());
    const std::vector<std::string_view> place = text::split_ws(std::string_view(b.text).substr(comma + 2));
    return !place.empty() && place.size() <= most_place_words && text::starts_upper(place.front()) &&
           text::starts_upper(place.back()) && bare_name(name);
}

// A paragraph of the text over the signature: a sentence of eight words or more, closed by its stop.
bool signed_paragraph(const Block& b) {
    const int fewest_words = 8;
    return b.words >= fewest_words && b.end_punct && !b.text.ends_with(':');
}

} // namespace

bool letter_signature(const std::vector<Block>& blocks, std::size_t k, std::size_t rs, std::size_t re) {
    if (k == 0 || k <= rs || k >= blocks.size() || !signature_shaped(blocks[k]) || !signed_paragraph(blocks[k - 1]))
        return false;
    for (std::size_t j = rs + 1; j <= re && j < blocks.size(); ++j)
        if (j != k && signature_shaped(blocks[j]) && signed_paragraph(blocks[j - 1]))
            return true;
    return false;
}

bool letter_reference(std::string_view line, std::string_view language) {
    const std::size_t most_bytes = 200;
    if (line.size() > most_bytes || !line.ends_with(':'))
        return false;
    const Lexicon* own = lexicon(language);
    const LexiconSection* openings = own != nullptr ? own->section("letter_reference_openings") : nullptr;
    if (openings == nullptr)
        return false;
    const std::string low = text::lower(line);
    // The marks opening and closing a title: „…“, «…», “…”, "…", ‘…’, ‚…‘.
    static const std::pair<std::string_view, std::string_view> title_marks[] = {
        {"\u201e", "\u201c"}, {"\u00ab", "\u00bb"}, {"\u201c", "\u201d"},
        {"\"", "\""},         {"\u2018", "\u2019"}, {"\u201a", "\u2018"},
    };
    for (std::string_view opening : openings->entries) {
        if (!low.starts_with(opening) || low.size() <= opening.size() || low[opening.size()] != ' ')
            continue;
        // The title in quotation marks right after the opening, then nothing but the day in parentheses.
        std::string_view rest = text::trim(line.substr(opening.size()));
        std::size_t close = std::string_view::npos;
        for (const auto& [open, shut] : title_marks)
            if (rest.starts_with(open)) {
                const std::size_t at = rest.find(shut, open.size() + 1);
                if (at != std::string_view::npos)
                    close = at + shut.size();
                break;
            }
        if (close == std::string_view::npos)
            return false;
        std::string_view after = text::trim(rest.substr(close));
        after.remove_suffix(1); // the colon
        after = text::trim(after);
        return after.empty() || (after.starts_with('(') && after.ends_with(')') && after.find(')') + 1 == after.size());
    }
    return false;
}

} // namespace archive
