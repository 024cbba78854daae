// The word lists (src/lexicon/*.txt) as tools/lexicon_compile.cpp writes them at build time, already split into
// sections and entries, lower-cased, and merged over the languages: what lexicon.cpp binds to at start-up instead of
// reading the lists' text or copying their entries.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace archive::lexicon_data {

/// A piece of `text`: entries and section names are offsets into one string (no pointer a piece, so the tables need
/// no relocation when the program is loaded).
struct Piece {
    std::uint32_t at = 0, size = 0;
};

/// One "[section]": its name, its entries (a run of `entries`, in file order), and the look-up forms of
/// LexiconSection computed from them (longest entry, WordSketch bits).
struct Section {
    Piece name;
    std::uint32_t first_entry = 0, entry_count = 0;
    std::uint32_t longest = 0;
    std::array<std::uint64_t, 8> sketch{};
    /// EntrySet's slots (a run of `entry_slots`: an entry's place in the section plus one, the first of equal
    /// entries; 0 in an empty slot), probed from short_word_hash() of the key.
    std::uint32_t first_slot = 0, slot_count = 0;
    /// The entries by their first word (a run of `group_slots`: a group's place in `groups` plus one, 0 in an empty
    /// slot), probed from short_word_hash() of the word, and a WordSketch of those first words.
    std::uint32_t first_group_slot = 0, group_slot_count = 0;
    std::array<std::uint64_t, 8> first_words{};
};

/// An entry's words (as text::next_token() splits it): a run of `words`.
struct EntryWords {
    std::uint32_t first_word = 0, word_count = 0;
};

/// The entries of a section opening with one word: a run of `group_entries` (their places in the section), the
/// longer entries first, then in file order.
struct Group {
    std::uint32_t first = 0, count = 0;
};

/// A WordViewSet of a lexicon (lexicon.hpp): its words (a run of `entries`, each once, in the order first met), its
/// slots (a run of `word_slots`) and a WordSketch of its words.
struct WordSet {
    std::uint32_t first_entry = 0, word_count = 0;
    std::uint32_t first_slot = 0, slot_count = 0;
    std::array<std::uint64_t, 8> sketch{};
};

/// One word list: "fr", "de"... or "common", its sections in the order they first appear, and the sets of words the
/// Lexicon keeps: its [stopwords], the words of its [speech_verbs] entries, its [role_words].
struct File {
    std::string_view code;
    std::span<const Section> sections;
    WordSet stopwords, speech_verbs, role_words;
    /// The sections by name: a run of `name_slots`.
    std::uint32_t first_name_slot = 0, name_slot_count = 0;
};

/// A slot of StopwordTable (stopword_table.hpp): a word of up to 15 bytes, zero-padded, in a and b with its length in
/// the top byte of b (b is 0 in an empty slot), and its language bits and notice tags.
struct StopwordSlot {
    std::uint64_t a = 0, b = 0;
    std::uint32_t mask = 0;
    std::uint8_t tags = 0;
};

/// A slot of ListedWordTable (listed_words.hpp): a word of the languages' lists beyond their stopwords and the bits of
/// the languages listing it (bit k for the k-th of `files` but "common"); no bits in an empty slot.
struct ListedSlot {
    Piece word;
    std::uint32_t mask = 0;
};

/// Every name and entry of every list (an entry is written once however many sections list it).
extern const std::string_view text;
/// The entries of every section, each section's a run (those of `merged` too).
extern const std::span<const Piece> entries;
/// Every src/lexicon/*.txt, in the order of their codes (file names without .txt).
extern const std::span<const File> files;
/// Each section name of the language lists (not common.txt), over every language: their entries in the order of
/// `files` ("common" left out), then in file order. (What any_language_section() gives.)
extern const std::span<const Section> merged;
/// The sections of each of `files`, and of `merged`, by name: a run each of open-addressing slots (a section's place
/// among them plus one, 0 in an empty slot; a power of two, four times the sections at least), probed from
/// SectionNameHash (lexicon.hpp) of the name. `merged`'s run is the last, from merged_first_name_slot on.
extern const std::span<const std::uint32_t> name_slots;
extern const std::size_t merged_first_name_slot;
/// The slots of every WordSet, each set's a run.
extern const std::span<const std::uint32_t> word_slots;
/// The words of each entry of `entries` (none for the words of a WordSet), one a piece: a section's entries' words
/// are a run of `words`.
extern const std::span<const EntryWords> entry_words;
extern const std::span<const Piece> words;
/// Every section's EntrySet slots, look-up slots by first word, groups of entries by first word and their places.
extern const std::span<const std::uint32_t> entry_slots;
extern const std::span<const std::uint32_t> group_slots;
extern const std::span<const Group> groups;
extern const std::span<const std::uint32_t> group_entries;
/// Every language's stopwords (bit k for the k-th of `files` but "common") and the notice words of common.txt, as
/// StopwordTable's slots.
extern const std::span<const StopwordSlot> stopword_slots;
/// A word of the lists of `stopword_slots` longer than its slots take (StopwordTable::max_bytes), for the maps made
/// at start-up: a stopword's languages (mask), or else a notice word's tags.
struct LongWord {
    Piece word;
    std::uint32_t mask = 0;
    std::uint8_t tags = 0;
};
extern const std::span<const LongWord> long_words;
/// Bytes of the longest stopword, and of the longest word of the notice lists that is none.
extern const std::size_t longest_stopword, longest_tagged;
/// The words of each language's lists that a text's closer look asks about (for_each_listed_word), as
/// ListedWordTable's slots.
extern const std::span<const ListedSlot> listed_slots;

} // namespace archive::lexicon_data
