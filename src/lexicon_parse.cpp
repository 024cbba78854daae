#include "lexicon_parse.hpp"

#include "text.hpp"

#include <algorithm>

namespace archive {

bool splits_on_spaces(std::string_view section) {
    static const std::string_view word_sections[] = {"weekdays", "cue_adverbs", "clitics", "mention_stops",
                                                     "sentence_openers", "time_units", "articles",
                                                     "language_letters"};
    for (auto w : word_sections)
        if (section == w)
            return true;
    return section.size() >= 5 && section.substr(section.size() - 5) == "words";
}

std::vector<ParsedSection> parse_lexicon(std::string_view content) {
    std::vector<ParsedSection> sections;
    std::string_view section;
    bool words = splits_on_spaces(section);
    ParsedSection* current = nullptr; // looked up at the section's first entry
    std::size_t pos = 0;
    while (pos <= content.size()) {
        std::size_t end = content.find('\n', pos);
        if (end == std::string_view::npos)
            end = content.size();
        std::string_view line = text::trim(content.substr(pos, end - pos));
        pos = end + 1;
        if (line.empty() || line.front() == '#')
            continue;
        if (line.front() == '[' && line.back() == ']') {
            section = line.substr(1, line.size() - 2);
            words = splits_on_spaces(section);
            current = nullptr;
            continue;
        }
        if (current == nullptr) {
            auto it = std::find_if(sections.begin(), sections.end(),
                                   [section](const ParsedSection& s) { return s.name == section; });
            current = it != sections.end() ? &*it : &sections.emplace_back(ParsedSection{std::string(section), {}});
        }
        if (words) {
            std::size_t at = 0;
            for (std::string_view w = text::next_token(line, at); !w.empty(); w = text::next_token(line, at))
                current->entries.push_back(text::lower(w));
        } else {
            current->entries.push_back(text::lower(line));
        }
    }
    return sections;
}

} // namespace archive
