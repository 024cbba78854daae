// Build-time tool: reads the word lists (src/lexicon/*.txt) with parse_lexicon() and writes them as a C++ source
// file of constant tables (src/lexicon_data.hpp), so the program binds to its word lists at start-up instead of
// reading and lower-casing a hundred kilobytes of text, and merging the languages' sections, at every run.
// Usage: lexicon_compile OUT.cpp LIST.txt...   (a list's code is its file name without .txt)
#include "lexicon.hpp"
#include "lexicon_parse.hpp"
#include "listed_words.hpp"
#include "stopword_table.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

// `s` as the body of a C++ string literal: printable ASCII as it is, the rest in octal escapes (never followed by a
// digit taken into them: an escape has at most three).
std::string escaped(std::string_view s) {
    std::string out;
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (b >= 0x20 && b < 0x7F) {
            out += c;
        } else {
            char buf[5];
            std::snprintf(buf, sizeof buf, "\\%03o", b);
            out += buf;
        }
    }
    return out;
}

std::string file_code(const std::string& path) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    return name.substr(0, name.rfind('.'));
}


// The tables being written: one text for every name and entry (each distinct string once), the entries' pieces.
struct Tables {
    std::string text;
    std::map<std::string, std::size_t, std::less<>> placed; // a string's offset in text
    std::string entries;
    std::size_t entry_count = 0;
    std::string slots; // every WordSet's
    std::size_t slot_count = 0;

    // `s` as a Piece initializer, placed in text unless it is there already.
    std::string piece(const std::string& s) {
        auto it = placed.find(s);
        if (it == placed.end()) {
            it = placed.emplace(s, text.size()).first;
            text += s;
        }
        std::string p = "{";
        p += std::to_string(it->second);
        p += ", ";
        p += std::to_string(s.size());
        p += '}';
        return p;
    }
    // A WordSet initializer for `set`, whose words are added to the entries' pieces and its slots to `slots`.
    std::string word_set(const archive::WordViewSet& set, const archive::WordSketch& sketch) {
        std::string row = "{";
        row += std::to_string(entry_count);
        row += ", ";
        row += std::to_string(set.words().size());
        row += ", ";
        row += std::to_string(slot_count);
        row += ", ";
        row += std::to_string(set.slots().size());
        row += ", ";
        row += sketch_row(sketch);
        row += '}';
        for (const std::string_view w : set.words()) {
            entries += "    ";
            entries += piece(std::string(w));
            entries += ",\n";
            ++entry_count;
        }
        for (const std::uint32_t slot : set.slots()) {
            slots += std::to_string(slot);
            slots += ++slot_count % 32 == 0 ? ",\n" : ",";
        }
        return row;
    }
    static std::string sketch_row(const archive::WordSketch& sketch) {
        std::string row = "{";
        for (std::size_t k = 0; k < sketch.bits.size(); ++k) {
            row += k == 0 ? "" : ", ";
            row += std::to_string(sketch.bits[k]);
            row += "u";
        }
        row += '}';
        return row;
    }
    // A Section initializer for `entries` named `name`, which are added to the entries' pieces.
    std::string section(const std::string& name, const std::vector<std::string>& list) {
        const std::size_t first = entry_count;
        std::size_t longest = 0;
        archive::WordSketch sketch; // (the look-up forms as LexiconSection keeps them)
        for (const auto& e : list) {
            entries += "    ";
            entries += piece(e);
            entries += ",\n";
            ++entry_count;
            longest = std::max(longest, e.size());
            sketch.add(e);
        }
        // (Strings are appended to, not made with "literal" + string: GCC 12 warns falsely of an overlap there.)
        std::string row = "    {";
        for (const std::string& field :
             {piece(name), std::to_string(first), std::to_string(list.size()), std::to_string(longest)}) {
            row += field;
            row += ", ";
        }
        row += sketch_row(sketch);
        row += "},\n";
        return row;
    }
};

// The WordSet initializers of a lexicon's stopwords, speech verbs and role words, filled as lexicon.cpp did at
// start-up before: each set sized for its list first, a speech verb entry's words each a word.
std::string word_sets(Tables& t, const std::vector<archive::ParsedSection>& parsed) {
    static const std::vector<std::string> none;
    auto list = [&parsed](std::string_view name) -> const std::vector<std::string>& {
        auto it = std::find_if(parsed.begin(), parsed.end(), [name](const auto& sec) { return sec.name == name; });
        return it == parsed.end() ? none : it->entries;
    };
    archive::WordViewSet stopwords, speech_verbs, role_words;
    archive::WordSketch no_sketch, speech_verb_sketch, role_word_sketch;
    stopwords.reserve(list("stopwords").size());
    speech_verbs.reserve(list("speech_verbs").size());
    role_words.reserve(list("role_words").size());
    for (const auto& w : list("stopwords"))
        stopwords.insert(w);
    for (const auto& w : list("speech_verbs")) {
        std::size_t at = 0;
        for (std::string_view part = archive::text::next_token(w, at); !part.empty();
             part = archive::text::next_token(w, at)) {
            speech_verbs.insert(part);
            speech_verb_sketch.add(part);
        }
    }
    for (const auto& w : list("role_words")) {
        role_words.insert(w);
        role_word_sketch.add(w);
    }
    std::string row = t.word_set(stopwords, no_sketch);
    row += ", ";
    row += t.word_set(speech_verbs, speech_verb_sketch);
    row += ", ";
    row += t.word_set(role_words, role_word_sketch);
    return row;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: lexicon_compile OUT.cpp LIST.txt...\n";
        return 2;
    }
    std::vector<std::string> paths(argv + 2, argv + argc);
    std::sort(paths.begin(), paths.end(), [](const std::string& a, const std::string& b) {
        return file_code(a) < file_code(b);
    });
    Tables t;
    std::ostringstream sections, files;
    // Each section name of the language lists, in the order first met, and its entries over every language.
    std::vector<std::pair<std::string, std::vector<std::string>>> merged;
    // The stopwords of each language in the order of their files, and the lists of common.txt.
    std::vector<std::vector<std::string>> stopwords;
    std::vector<archive::ParsedSection> common;
    // Each language's lists in the order of their files, for the table of their other words (listed_words.hpp).
    std::vector<std::vector<archive::ParsedSection>> language_lists;
    for (std::size_t f = 0; f < paths.size(); ++f) {
        std::ifstream in(paths[f], std::ios::binary);
        if (!in) {
            std::cerr << paths[f] << ": error: cannot read\n";
            return 1;
        }
        std::ostringstream content;
        content << in.rdbuf();
        const std::string code = file_code(paths[f]);
        const auto parsed = archive::parse_lexicon(content.str());
        const std::string id = std::string("f") += std::to_string(f);
        sections << "constexpr Section " << id << "_sections[] = {\n";
        if (code == "common")
            common = parsed;
        else
            stopwords.emplace_back(), language_lists.push_back(parsed);
        for (const auto& sec : parsed) {
            sections << t.section(sec.name, sec.entries);
            if (code == "common")
                continue;
            if (sec.name == "stopwords")
                stopwords.back() = sec.entries;
            auto it = std::find_if(merged.begin(), merged.end(), [&sec](const auto& m) { return m.first == sec.name; });
            if (it == merged.end())
                it = merged.insert(merged.end(), {sec.name, {}});
            it->second.insert(it->second.end(), sec.entries.begin(), sec.entries.end());
        }
        // (Each array ends in an unused element, so that a list without sections still makes one.)
        sections << "    {}};\n";
        files << "    {\"" << escaped(code) << "\", {" << id << "_sections, " << parsed.size() << "}, "
              << word_sets(t, parsed) << "},\n";
    }
    sections << "constexpr Section merged_sections[] = {\n";
    for (const auto& [name, list] : merged)
        sections << t.section(name, list);
    sections << "    {}};\n";

    // The stopword table as the program looks it up (its words of more than max_bytes in maps made at start-up).
    static const std::vector<std::string> none;
    auto stopwords_of = [&stopwords](std::size_t k) -> const std::vector<std::string>& { return stopwords[k]; };
    auto common_list = [&common](std::string_view name) -> const std::vector<std::string>& {
        auto it = std::find_if(common.begin(), common.end(), [name](const auto& sec) { return sec.name == name; });
        return it == common.end() ? none : it->entries;
    };
    archive::StopwordTable table(archive::table_words(stopwords.size(), stopwords_of, common_list));
    archive::for_each_table_word(stopwords.size(), stopwords_of, common_list,
                                 [&table](std::string_view w, std::uint32_t mask, std::uint8_t tags) {
                                     if (!w.empty() && w.size() <= archive::StopwordTable::max_bytes)
                                         table.add(w, mask, tags);
                                 });
    std::ostringstream slots;
    for (const archive::StopwordTable::Slot& slot : table.slots()) {
        if (slot.b == 0) {
            slots << "    {},\n";
            continue;
        }
        slots << "    {" << slot.a << "u, " << slot.b << "u, " << slot.mask << "u, " << unsigned{slot.tags} << "},\n";
    }

    // The table of the languages' other words (listed_words.hpp), each word written as a piece of the text.
    auto language_list = [&language_lists](std::size_t k, std::string_view name) -> const std::vector<std::string>& {
        const auto& parsed = language_lists[k];
        auto it = std::find_if(parsed.begin(), parsed.end(), [name](const auto& sec) { return sec.name == name; });
        return it == parsed.end() ? none : it->entries;
    };
    std::vector<std::pair<std::string_view, std::uint32_t>> listed;
    archive::for_each_listed_word(language_lists.size(), language_list,
                                  [&listed](std::string_view w, std::uint32_t bit) { listed.emplace_back(w, bit); });
    const auto listed_slots = archive::ListedWordTable::place(listed);
    std::ostringstream listed_rows;
    for (const auto& [w, mask] : listed_slots) {
        if (mask == 0)
            listed_rows << "    {},\n";
        else
            listed_rows << "    {" << t.piece(std::string(w)) << ", " << mask << "u},\n";
    }

    std::ostringstream out;
    out << "// Generated from src/lexicon/*.txt by tools/lexicon_compile.cpp. Do not edit.\n"
           "#include \"lexicon_data.hpp\"\n\n"
           // (The text is one literal of over 100 KB: the standard asks compilers to take 65,536 bytes at least, GCC
           // and clang take any length, and clang's -Wpedantic says so, which is no fault here.)
           "#if defined(__clang__)\n#pragma clang diagnostic ignored \"-Woverlength-strings\"\n#endif\n\n"
           "namespace archive::lexicon_data {\nnamespace {\n\n"
           "constexpr char all_text[] =\n";
    // The text in lines of about a hundred bytes (cut between two strings' bytes, never inside an escape).
    std::string line;
    for (char c : t.text) {
        line += escaped(std::string_view(&c, 1));
        if (line.size() >= 100) {
            out << "    \"" << line << "\"\n";
            line.clear();
        }
    }
    out << "    \"" << line << "\";\n"
        << "constexpr Piece all_entries[] = {\n" << t.entries << "    {0, 0}};\n"
        << sections.str() << "constexpr File all_files[] = {\n" << files.str() << "    {}};\n"
        << "constexpr std::uint32_t all_word_slots[] = {\n" << t.slots << "0};\n"
        << "constexpr StopwordSlot all_stopword_slots[] = {\n" << slots.str() << "    {}};\n"
        << "constexpr ListedSlot all_listed_slots[] = {\n" << listed_rows.str() << "    {}};\n\n"
        << "} // namespace\n\n"
        << "const std::string_view text{all_text, " << t.text.size() << "};\n"
        << "const std::span<const Piece> entries{all_entries, " << t.entry_count << "};\n"
        << "const std::span<const File> files{all_files, " << paths.size() << "};\n"
        << "const std::span<const Section> merged{merged_sections, " << merged.size() << "};\n"
        << "const std::span<const std::uint32_t> word_slots{all_word_slots, " << t.slot_count << "};\n"
        << "const std::span<const StopwordSlot> stopword_slots{all_stopword_slots, " << table.slots().size() << "};\n"
        << "const std::span<const ListedSlot> listed_slots{all_listed_slots, " << listed_slots.size() << "};\n\n"
        << "} // namespace archive::lexicon_data\n";
    // Written only when it changed, so that an unchanged list recompiles nothing.
    const std::string result = out.str();
    std::ifstream old(argv[1], std::ios::binary);
    std::ostringstream old_content;
    if (old)
        old_content << old.rdbuf();
    if (!old || old_content.str() != result) {
        std::ofstream o(argv[1], std::ios::binary | std::ios::trunc);
        o << result;
        if (!o) {
            std::cerr << argv[1] << ": error: cannot write\n";
            return 1;
        }
    }
    return 0;
}
