// The word lists of the quotes stage as it asks them about a word: the table of WordTags (one hash for all of a word's
// lists), the set of a page's lexicons (lexicons_for()), a section by name (section_of(), in_list()) and the person
// titles. The splitting of a text into words is in quote_words.cpp.
#include "quote_word_tags.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>

namespace archive::quoting {

bool abbreviation(const std::vector<const Lexicon*>* lexs, std::string_view low) {
    if (!lexs)
        return false;
    return has_tag(*lexs, WordTags::abbreviation, low);
}

namespace {

// About how many words a WordTags of the lexicons holds (the table grows when there are more).
std::size_t tagged_words(const std::vector<const Lexicon*>& lexs) {
    std::size_t n = 0;
    for (const Lexicon* lex : lexs)
        n += lex->speech_verbs.size() + lex->stopwords.size() + 64;
    return n;
}

} // namespace

WordTags::WordTags(const std::vector<const Lexicon*>& lexs) : table_(tagged_words(lexs)) {
    std::size_t size = 64;
    while (size < tagged_words(lexs) * 2)
        size *= 2;
    short_.assign(size, ShortSlot{});
    mask_ = size - 1;
    shift_ = 64 - std::countr_zero(size);
    auto first_words = [this](const LexiconSection* sec, std::uint16_t tag) {
        if (sec != nullptr)
            for (const auto& words : sec->phrases())
                if (!words.empty())
                    add(words.front(), tag);
    };
    for (const Lexicon* lex : lexs) {
        for (const auto& w : lex->role_words)
            role_endings_.add(w);
        for (const auto& w : entries_of(lex, "noun_ending_words"))
            noun_endings_.add(w);
        for (const auto& w : lex->speech_verbs)
            add(w, speech_verb);
        if (const LexiconSection* sec = lex->section("participle_auxiliaries"))
            for (const auto& w : sec->set)
                add(w, auxiliary);
        if (const LexiconSection* sec = lex->section("cue_adverbs"))
            for (const auto& w : sec->set)
                add(w, cue_adverb);
        first_words(lex->section("speech_phrases"), speech_phrase);
        first_words(lex->section("according"), according);
        for (const auto& w : lex->stopwords)
            add(w, stopword);
        if (const LexiconSection* sec = lex->section("according"))
            for (const auto& w : sec->set)
                add(w, according_entry);
        for (const auto& title : lex->person_titles)
            add(title.first, person_title);
        for (auto [name, tag] : {std::pair<std::string_view, std::uint16_t>{"complement_words", complement},
                                 {"feminine_words", feminine},
                                 {"masculine_words", masculine},
                                 {"nationality_words", nationality},
                                 {"preposition_words", preposition},
                                 {"articles", article},
                                 {"possessive_words", possessive},
                                 {"abbreviation_words", abbreviation}})
            if (const LexiconSection* sec = lex->section(name))
                for (const auto& w : sec->set)
                    add(w, tag);
    }
}

void WordTags::add(std::string_view w, std::uint16_t tag) {
    if (w.empty()) {
        empty_ |= tag;
        return;
    }
    if (w.size() > 8) {
        table_.add(w, tag);
        return;
    }
    if ((used_ + 1) * 2 > short_.size()) { // keep the table half empty: grow and place the words again
        std::vector<ShortSlot> old = std::move(short_);
        short_.assign(old.size() * 2, ShortSlot{});
        mask_ = short_.size() - 1;
        shift_ = 64 - std::countr_zero(short_.size());
        used_ = 0;
        for (const ShortSlot& slot : old)
            if (slot.size != 0)
                place(slot);
    }
    place(ShortSlot{key_of(w), tag, static_cast<std::uint8_t>(w.size())});
}

void WordTags::place(const ShortSlot& word) {
    for (std::size_t k = slot_of(word.key);; k = (k + 1) & mask_) {
        ShortSlot& slot = short_[k];
        if (slot.size == 0) {
            slot = word;
            ++used_;
            return;
        }
        if (slot.key == word.key && slot.size == word.size) {
            slot.tags |= word.tags;
            return;
        }
    }
}

namespace {

const WordTags& word_tags_built(const std::vector<const Lexicon*>& lexs) {
    // A page reads one language's lists (or all of them): a thread meets a few sets of lexicons.
    thread_local std::vector<std::pair<std::vector<const Lexicon*>, std::unique_ptr<WordTags>>> built;
    for (const auto& [key, tags] : built)
        if (key == lexs)
            return *tags;
    built.emplace_back(lexs, std::make_unique<WordTags>(lexs));
    return *built.back().second;
}

} // namespace

const WordTags& word_tags_of_new_set(const std::vector<const Lexicon*>& lexs) {
    // (remembered: a page asks for the same set for each of its words, and word_tags answers it inline)
    LastWordTags& last = last_word_tags;
    const WordTags& found = word_tags_built(lexs);
    if (lexs.size() <= last.key.size()) {
        last.n = lexs.size();
        std::copy(lexs.begin(), lexs.end(), last.key.begin());
        last.tags = &found;
    }
    return found;
}

std::vector<const Lexicon*> lexicons_for(std::string_view language) {
    std::vector<const Lexicon*> out;
    if (const Lexicon* lex = lexicon(language))
        out.push_back(lex);
    if (out.empty()) // unknown language: every list
        out = languages();
    return out;
}

namespace {

// The bytes of a section's name (40 at most) compared eight at a time, the last eight read over the ones before:
// the call to memcmp cost more than the compare (section_of() compares a name on each call, 45,000 a profile).
bool same_name(const char* a, const char* b, std::size_t n) {
    const auto eight = [](const char* at) {
        std::uint64_t v = 0;
        std::memcpy(&v, at, sizeof v);
        return v;
    };
    if (n < 8) {
        for (std::size_t i = 0; i < n; ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }
    for (std::size_t i = 0; i + 8 < n; i += 8)
        if (eight(a + i) != eight(b + i))
            return false;
    return eight(a + n - 8) == eight(b + n - 8);
}

} // namespace

// lex->section(name), remembered per thread: the quotes stage asks the same few sections by name for most words,
// and the name's hash look-up cost more than the word's own. A slot holds the name it answers for, so a name
// passed from any buffer is safe.
const LexiconSection* section_of(const Lexicon* lex, std::string_view name) {
    // (a slot holds the name's bytes, not a std::string: the slots are plain data, read without the guard a
    // thread_local with a destructor takes on every call)
    struct Slot {
        const Lexicon* lex = nullptr;
        std::size_t size = 0;
        std::array<char, 40> name{};
        const LexiconSection* sec = nullptr;
    };
    // (1,024 slots, found by the name's address and the lexicon's: with 256 the names a page asks, some 200 with its
    // language's lexicon and the others', put out each other's slot about 4,900 times on the profile's pages)
    thread_local Slot slots[1024];
    if (name.size() > Slot{}.name.size()) // (the lexicons name none so long: the longest has 22 bytes)
        return lex->section(name);
    auto key = reinterpret_cast<std::uintptr_t>(name.data()) ^ (reinterpret_cast<std::uintptr_t>(lex) >> 4);
    Slot& slot = slots[(key ^ (key >> 10)) & 1023];
    if (slot.lex == lex && slot.size == name.size() && same_name(slot.name.data(), name.data(), name.size()))
        return slot.sec;
    slot.lex = lex;
    slot.size = name.size();
    std::memcpy(slot.name.data(), name.data(), name.size());
    slot.sec = lex->section(name);
    return slot.sec;
}

bool weekday_time_compound(const std::vector<const Lexicon*>& lexs, std::string_view low) {
    if (low.size() < 10) // (the shortest weekday and time of the day, glued: "montagabend", "zondagavond")
        return false;
    for (const Lexicon* lex : lexs) {
        const LexiconSection* times = section_of(lex, "time_of_day_words");
        if (times == nullptr)
            continue;
        for (std::string_view day : entries_of(lex, "weekdays"))
            if (low.size() > day.size() + 3 && low.starts_with(day) && times->has(low.substr(day.size())))
                return true;
    }
    return false;
}

bool in_list(const std::vector<const Lexicon*>& lexs, std::string_view section, std::string_view w) {
    for (const Lexicon* lex : lexs) {
        const LexiconSection* sec = section_of(lex, section);
        if (sec != nullptr && sec->has(w))
            return true;
    }
    return false;
}

char person_title(const std::vector<const Lexicon*>& lexs, std::string_view w) {
    for (const Lexicon* lex : lexs) {
        if (!lex->person_title_sketch.may_have(w))
            continue; // most words: one bit says no
        if (auto it = lex->person_titles.find(w); it != lex->person_titles.end())
            return it->second;
    }
    return 0;
}

} // namespace archive::quoting
