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
    // The entries' words (a row of entry_words for every row of entries), every section's look-up slots, and its
    // entries grouped by their first word.
    std::string entry_words, words, entry_slots, group_slots, groups, group_entries;
    std::size_t word_count = 0, entry_slot_count = 0, group_slot_count = 0, group_count = 0, group_entry_count = 0;
    std::string name_slots; // every list's sections by name, and the merged sections'
    std::size_t name_slot_count = 0;

    // The offset of `s` in text, placed there unless it is there already.
    std::size_t place(const std::string& s) {
        auto it = placed.find(s);
        if (it == placed.end()) {
            it = placed.emplace(s, text.size()).first;
            text += s;
        }
        return it->second;
    }
    // `s` as a Piece initializer, placed in text unless it is there already.
    std::string piece(const std::string& s) { return piece_at(place(s), s.size()); }
    static std::string piece_at(std::size_t at, std::size_t size) {
        std::string p = "{";
        p += std::to_string(at);
        p += ", ";
        p += std::to_string(size);
        p += '}';
        return p;
    }
    // Appends `n` to a table of numbers in rows of 32, counting it.
    static void number(std::string& table, std::size_t& count, std::size_t n) {
        table += std::to_string(n);
        table += ++count % 32 == 0 ? ",\n" : ",";
    }
    // An entry of a section, with its words (text::next_token()'s, as pieces of the entry's own place in text).
    void entry(const std::string& e) {
        const std::size_t at = place(e);
        entries += "    ";
        entries += piece_at(at, e.size());
        entries += ",\n";
        ++entry_count;
        entry_words += "    {";
        entry_words += std::to_string(word_count);
        std::size_t n = 0, i = 0;
        for (std::string_view w = archive::text::next_token(e, i); !w.empty(); w = archive::text::next_token(e, i)) {
            words += "    ";
            words += piece_at(at + static_cast<std::size_t>(w.data() - e.data()), w.size());
            words += ",\n";
            ++word_count;
            ++n;
        }
        entry_words += ", ";
        entry_words += std::to_string(n);
        entry_words += "},\n";
    }
    // The slots of an open-addressing table of `keys` (short_word_hash(), linear probing) as LexiconSection's look-ups
    // probe them: at least 8, a power of two, at least twice the keys; a slot holds a key's place plus one.
    static std::vector<std::size_t> open_slots(const std::vector<std::string_view>& keys) {
        if (keys.empty())
            return {};
        std::size_t size = 8;
        while (size < keys.size() * 2)
            size *= 2;
        std::vector<std::size_t> slots(size, 0);
        for (std::size_t i = 0; i < keys.size(); ++i)
            for (std::size_t k = archive::short_word_hash(keys[i]) & (size - 1);; k = (k + 1) & (size - 1)) {
                if (slots[k] == 0) {
                    slots[k] = i + 1;
                    break;
                }
                if (keys[slots[k] - 1] == keys[i])
                    break;
            }
        return slots;
    }
    // The slots of a list's sections by name (`names`, each once), as SectionTable probes them: SectionNameHash,
    // linear probing, a power of two, at least 8 and four times the names; a slot holds a name's place plus one.
    // Added to name_slots; returns its first slot and the count, as "first, count".
    std::string names_by_slot(const std::vector<std::string>& names) {
        std::size_t size = 8;
        while (size < names.size() * 4)
            size *= 2;
        std::vector<std::size_t> by_name(size, 0);
        for (std::size_t i = 0; i < names.size(); ++i) {
            std::size_t k = archive::SectionNameHash{}(names[i]) & (size - 1);
            while (by_name[k] != 0)
                k = (k + 1) & (size - 1);
            by_name[k] = i + 1;
        }
        std::string row = std::to_string(name_slot_count);
        row += ", ";
        row += std::to_string(size);
        for (const std::size_t slot : by_name)
            number(name_slots, name_slot_count, slot);
        return row;
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
            entry_words += "    {},\n";
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
    // Adds `list` to the entries' pieces; returns the place of its first.
    std::size_t entries_of(const std::vector<std::string>& list) {
        const std::size_t first = entry_count;
        for (const auto& e : list)
            entry(e);
        return first;
    }
    // A Section initializer for `list` named `name`, whose entries are the pieces from `first` on.
    std::string section(const std::string& name, const std::vector<std::string>& list, std::size_t first) {
        std::size_t longest = 0;
        archive::WordSketch sketch; // (the look-up forms as LexiconSection keeps them)
        for (const auto& e : list) {
            longest = std::max(longest, e.size());
            sketch.add(e);
        }
        // EntrySet's slots.
        const std::vector<std::string_view> keys(list.begin(), list.end());
        const std::size_t first_slot = entry_slot_count;
        const std::vector<std::size_t> slots_of_entries = open_slots(keys);
        for (const std::size_t slot : slots_of_entries)
            number(entry_slots, entry_slot_count, slot);
        // The entries by first word, in the order the first words are met; in a group the longer entries first, then
        // file order (the callers that take the first phrase matching take the longest one).
        std::vector<std::string_view> firsts;
        std::vector<std::vector<std::size_t>> grouped;
        archive::WordSketch first_words;
        for (std::size_t k = 0; k < list.size(); ++k) {
            std::size_t i = 0;
            const std::string_view front = archive::text::next_token(list[k], i);
            if (front.empty())
                continue;
            auto it = std::find(firsts.begin(), firsts.end(), front);
            if (it == firsts.end()) {
                firsts.push_back(front);
                grouped.emplace_back();
                first_words.add(front);
                it = firsts.end() - 1;
            }
            grouped[static_cast<std::size_t>(it - firsts.begin())].push_back(k);
        }
        auto words_of = [&list](std::size_t k) {
            std::size_t i = 0, n = 0;
            while (!archive::text::next_token(list[k], i).empty())
                ++n;
            return n;
        };
        const std::size_t first_group = group_count;
        for (auto& group : grouped) {
            std::stable_sort(group.begin(), group.end(),
                             [&words_of](std::size_t a, std::size_t b) { return words_of(a) > words_of(b); });
            groups += "    {";
            groups += std::to_string(group_entry_count);
            groups += ", ";
            groups += std::to_string(group.size());
            groups += "},\n";
            ++group_count;
            for (const std::size_t k : group)
                number(group_entries, group_entry_count, k);
        }
        const std::size_t first_group_slot = group_slot_count;
        const std::vector<std::size_t> slots_of_groups = open_slots(firsts);
        for (const std::size_t slot : slots_of_groups)
            number(group_slots, group_slot_count, slot == 0 ? 0 : first_group + slot);
        // (Strings are appended to, not made with "literal" + string: GCC 12 warns falsely of an overlap there.)
        std::string row = "    {";
        for (const std::string& field :
             {piece(name), std::to_string(first), std::to_string(list.size()), std::to_string(longest)}) {
            row += field;
            row += ", ";
        }
        row += sketch_row(sketch);
        for (const std::size_t n : {first_slot, slots_of_entries.size(), first_group_slot, slots_of_groups.size()}) {
            row += ", ";
            row += std::to_string(n);
        }
        row += ", ";
        row += sketch_row(first_words);
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
    std::vector<std::string> codes;
    std::vector<std::vector<archive::ParsedSection>> parsed_files;
    for (const std::string& path : paths) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::cerr << path << ": error: cannot read\n";
            return 1;
        }
        std::ostringstream content;
        content << in.rdbuf();
        codes.push_back(file_code(path));
        parsed_files.push_back(archive::parse_lexicon(content.str()));
    }
    // Each section name of the language lists, in the order first met, and its entries over every language.
    std::vector<std::pair<std::string, std::vector<std::string>>> merged;
    // The stopwords of each language in the order of their files, and the lists of common.txt.
    std::vector<std::vector<std::string>> stopwords;
    std::vector<archive::ParsedSection> common;
    // Each language's lists in the order of their files, for the table of their other words (listed_words.hpp).
    std::vector<std::vector<archive::ParsedSection>> language_lists;
    for (std::size_t f = 0; f < paths.size(); ++f) {
        if (codes[f] == "common") {
            common = parsed_files[f];
            continue;
        }
        stopwords.emplace_back(), language_lists.push_back(parsed_files[f]);
        for (const auto& sec : parsed_files[f]) {
            if (sec.name == "stopwords")
                stopwords.back() = sec.entries;
            auto it = std::find_if(merged.begin(), merged.end(), [&sec](const auto& m) { return m.first == sec.name; });
            if (it == merged.end())
                it = merged.insert(merged.end(), {sec.name, {}});
            it->second.insert(it->second.end(), sec.entries.begin(), sec.entries.end());
        }
    }
    // The entries laid out by section name, each name's sections of the languages in the order of their files: a
    // section merged over the languages is then the run of theirs, no entry written (and bound at start-up) twice.
    // (A list holds a section name once: parse_lexicon() adds a section opened again to the first.)
    std::vector<std::map<std::string, std::size_t, std::less<>>> first_entry(paths.size());
    std::vector<std::size_t> merged_first;
    for (const auto& [name, list] : merged) {
        merged_first.push_back(t.entry_count);
        for (std::size_t f = 0; f < paths.size(); ++f) {
            if (codes[f] == "common")
                continue;
            for (const auto& sec : parsed_files[f])
                if (sec.name == name)
                    first_entry[f][sec.name] = t.entries_of(sec.entries);
        }
    }
    for (std::size_t f = 0; f < paths.size(); ++f)
        if (codes[f] == "common")
            for (const auto& sec : parsed_files[f])
                first_entry[f][sec.name] = t.entries_of(sec.entries);
    for (std::size_t f = 0; f < paths.size(); ++f) {
        const std::string id = std::string("f") += std::to_string(f);
        sections << "constexpr Section " << id << "_sections[] = {\n";
        for (const auto& sec : parsed_files[f])
            sections << t.section(sec.name, sec.entries, first_entry[f].at(sec.name));
        // (Each array ends in an unused element, so that a list without sections still makes one.)
        sections << "    {}};\n";
        std::vector<std::string> names;
        for (const auto& sec : parsed_files[f])
            names.push_back(sec.name);
        files << "    {\"" << escaped(codes[f]) << "\", {" << id << "_sections, " << parsed_files[f].size() << "}, "
              << word_sets(t, parsed_files[f]) << ", " << t.names_by_slot(names) << "},\n";
    }
    sections << "constexpr Section merged_sections[] = {\n";
    std::vector<std::string> merged_names;
    for (std::size_t m = 0; m < merged.size(); ++m) {
        sections << t.section(merged[m].first, merged[m].second, merged_first[m]);
        merged_names.push_back(merged[m].first);
    }
    sections << "    {}};\n";
    const std::size_t merged_first_name_slot = t.name_slot_count;
    t.names_by_slot(merged_names);

    // The stopword table as the program looks it up (its words of more than max_bytes in maps made at start-up).
    static const std::vector<std::string> none;
    auto stopwords_of = [&stopwords](std::size_t k) -> const std::vector<std::string>& { return stopwords[k]; };
    auto common_list = [&common](std::string_view name) -> const std::vector<std::string>& {
        auto it = std::find_if(common.begin(), common.end(), [name](const auto& sec) { return sec.name == name; });
        return it == common.end() ? none : it->entries;
    };
    archive::StopwordTable table(archive::table_words(stopwords.size(), stopwords_of, common_list));
    // (and the words too long for the table, with the longest stopword and notice word, as the program's maps take
    // them: a stopword's tags are its mask's)
    std::ostringstream long_words;
    std::size_t long_word_count = 0, longest_stopword = 0, longest_tagged = 0;
    archive::for_each_table_word(
        stopwords.size(), stopwords_of, common_list, [&](std::string_view w, std::uint32_t mask, std::uint8_t tags) {
            if (!w.empty() && w.size() <= archive::StopwordTable::max_bytes)
                table.add(w, mask, tags);
            if (mask != 0)
                longest_stopword = std::max(longest_stopword, w.size());
            else if (!w.empty())
                longest_tagged = std::max(longest_tagged, w.size());
            if (w.size() > archive::StopwordTable::max_bytes) {
                long_words << "    {" << t.piece(std::string(w)) << ", " << mask << "u, " << unsigned{tags} << "},\n";
                ++long_word_count;
            }
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
        << "constexpr std::uint32_t all_name_slots[] = {\n" << t.name_slots << "0};\n"
        << "constexpr std::uint32_t all_word_slots[] = {\n" << t.slots << "0};\n"
        << "constexpr EntryWords all_entry_words[] = {\n" << t.entry_words << "    {}};\n"
        << "constexpr Piece all_words[] = {\n" << t.words << "    {}};\n"
        << "constexpr std::uint32_t all_entry_slots[] = {\n" << t.entry_slots << "0};\n"
        << "constexpr std::uint32_t all_group_slots[] = {\n" << t.group_slots << "0};\n"
        << "constexpr Group all_groups[] = {\n" << t.groups << "    {}};\n"
        << "constexpr std::uint32_t all_group_entries[] = {\n" << t.group_entries << "0};\n"
        << "constexpr StopwordSlot all_stopword_slots[] = {\n" << slots.str() << "    {}};\n"
        << "constexpr ListedSlot all_listed_slots[] = {\n" << listed_rows.str() << "    {}};\n"
        << "constexpr LongWord all_long_words[] = {\n" << long_words.str() << "    {}};\n\n"
        << "} // namespace\n\n"
        << "const std::string_view text{all_text, " << t.text.size() << "};\n"
        << "const std::span<const Piece> entries{all_entries, " << t.entry_count << "};\n"
        << "const std::span<const File> files{all_files, " << paths.size() << "};\n"
        << "const std::span<const Section> merged{merged_sections, " << merged.size() << "};\n"
        << "const std::span<const std::uint32_t> name_slots{all_name_slots, " << t.name_slot_count << "};\n"
        << "const std::size_t merged_first_name_slot = " << merged_first_name_slot << ";\n"
        << "const std::span<const std::uint32_t> word_slots{all_word_slots, " << t.slot_count << "};\n"
        << "const std::span<const EntryWords> entry_words{all_entry_words, " << t.entry_count << "};\n"
        << "const std::span<const Piece> words{all_words, " << t.word_count << "};\n"
        << "const std::span<const std::uint32_t> entry_slots{all_entry_slots, " << t.entry_slot_count << "};\n"
        << "const std::span<const std::uint32_t> group_slots{all_group_slots, " << t.group_slot_count << "};\n"
        << "const std::span<const Group> groups{all_groups, " << t.group_count << "};\n"
        << "const std::span<const std::uint32_t> group_entries{all_group_entries, " << t.group_entry_count << "};\n"
        << "const std::span<const StopwordSlot> stopword_slots{all_stopword_slots, " << table.slots().size() << "};\n"
        << "const std::span<const ListedSlot> listed_slots{all_listed_slots, " << listed_slots.size() << "};\n"
        << "const std::span<const LongWord> long_words{all_long_words, " << long_word_count << "};\n"
        << "const std::size_t longest_stopword = " << longest_stopword << ";\n"
        << "const std::size_t longest_tagged = " << longest_tagged << ";\n\n"
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
