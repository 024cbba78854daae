#include "lexicon_parse.hpp"

#include "text.hpp"

#include <algorithm>
#include <iterator>

namespace archive {

namespace {

// The entry with each apostrophe after a letter written the other way, ' <-> U+2019 ("s'indigne" <-> "s’indigne",
// "c’est" <-> "c'est"), or "" when it has none: pages write either, and a list names one.
std::string apostrophe_twin(std::string_view e) {
    static constexpr std::string_view curly = "\xE2\x80\x99";
    std::string out;
    bool changed = false;
    for (std::size_t i = 0; i < e.size(); ++i) {
        const bool after_letter = i > 0 && e[i - 1] != ' ' && e[i - 1] != '\'' && e[i - 1] != '-';
        if (e[i] == '\'' && after_letter) {
            out += curly;
            changed = true;
        } else if (e.compare(i, curly.size(), curly) == 0 && after_letter) {
            out += '\'';
            i += curly.size() - 1;
            changed = true;
        } else {
            out += e[i];
        }
    }
    return changed ? out : std::string();
}

// Each entry with an apostrophe of a section of single words (splits_on_spaces: the cue verbs, "s'indigne") also in
// the other apostrophe's spelling, appended after the file's entries when the section lacks it: ' and U+2019 are one
// for every word look-up, at no cost when a page is read. (The sections of phrases list both where a stage needs.)
void add_apostrophe_twins(ParsedSection& sec) {
    const std::size_t n = sec.entries.size();
    for (std::size_t k = 0; k < n; ++k)
        if (std::string twin = apostrophe_twin(sec.entries[k]);
            !twin.empty() && std::find(sec.entries.begin(), sec.entries.end(), twin) == sec.entries.end())
            sec.entries.push_back(std::move(twin));
}

// The sections of labels closed by a colon that French typography prints with a space before it ("Source :
// Keystone-ATS", "Crédit : Jeanne Morel", "Photo : AFP"; decode() makes the no-break spaces U+00A0 and U+202F plain
// ones): each entry "label:" also as "label :", appended after the file's entries when the section lacks it, so that
// every reader of the list reads both spellings alike.
void add_spaced_colon_twins(ParsedSection& sec) {
    static const std::string_view colon_sections[] = {"credit_prefixes"};
    if (std::find(std::begin(colon_sections), std::end(colon_sections), sec.name) == std::end(colon_sections))
        return;
    const std::size_t n = sec.entries.size();
    for (std::size_t k = 0; k < n; ++k) {
        const std::string& e = sec.entries[k];
        if (e.size() < 2 || e.back() != ':' || e[e.size() - 2] == ' ')
            continue;
        std::string twin = e.substr(0, e.size() - 1) + " :";
        if (std::find(sec.entries.begin(), sec.entries.end(), twin) == sec.entries.end())
            sec.entries.push_back(std::move(twin));
    }
}

} // namespace

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
    for (ParsedSection& sec : sections) {
        if (splits_on_spaces(sec.name))
            add_apostrophe_twins(sec);
        add_spaced_colon_twins(sec);
    }
    return sections;
}

} // namespace archive
