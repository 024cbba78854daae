// A topic the paper opens, printed as a label and a colon over the title (topic_lines.hpp): "Le dossier : la réforme
// des retraites", "Das Thema: Wohnen in der Stadt", "The issue: housing".
#include "topic_lines.hpp"

#include "lexicon.hpp"
#include "page.hpp"
#include "text.hpp"

#include <cstddef>
#include <string_view>

namespace archive {

// (topic_lines.hpp)
bool topic_label_line(const Block& b) {
    const int most_words = 8;
    const std::size_t most_topic_words = 6;
    if (b.words > most_words || b.end_punct || b.urls > 0)
        return false;
    const std::string_view low = b.lower;
    const std::size_t colon = low.find(':');
    if (colon == std::string_view::npos || colon == 0 || low.find(':', colon + 1) != std::string_view::npos)
        return false;
    // ("Le dossier : ...": French sets a space before the colon.)
    const std::string_view label = text::trim(low.substr(0, colon));
    const std::string_view topic = text::trim(low.substr(colon + 1));
    const auto topic_words = text::split_ws(topic, most_topic_words + 1);
    if (topic_words.empty() || topic_words.size() > most_topic_words)
        return false;
    static const LexiconSection& labels = any_language_section("topic_labels"); // (merged once)
    return labels.has(label);
}

} // namespace archive
