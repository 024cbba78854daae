#include "lexicon.hpp"

#include "lexicon_data.hpp"
#include "segment_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <charconv>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>

namespace archive {

namespace {

// Fills the look-up forms of a section from its entries.
void index_section(LexiconSection& sec) {
    sec.set.bind(&sec.entries);
    sec.longest = 0;
    sec.sketch = {};
    for (const auto& entry : sec.entries) {
        sec.longest = std::max(sec.longest, entry.size());
        sec.sketch.add(entry);
    }
}

// Binds a lexicon to its word list as the build wrote it (lexicon_data.hpp: the sections split, their entries
// lower-cased and their look-up forms computed), into the lexicon in its final place: its index is built once, there.
void load(Lexicon& lex, const lexicon_data::File& file) {
    lex.code = std::string(file.code);
    // Room for the sections of the largest list (about a hundred) at once: growing the map rehashes every section so
    // far.
    lex.sections.reserve(128);
    auto piece = [&file](lexicon_data::Piece p) { return file.text.substr(p.at, p.size); };
    for (const lexicon_data::Section& s : file.sections) {
        LexiconSection& sec = lex.sections[std::string(piece(s.name))];
        sec.entries.reserve(s.entry_count);
        for (const lexicon_data::Piece& e : file.entries.subspan(s.first_entry, s.entry_count))
            sec.entries.emplace_back(piece(e));
        sec.set.bind(&sec.entries);
        sec.longest = s.longest;
        sec.sketch.bits = s.sketch;
    }
    lex.section_index.build(lex.sections);
    // Each set sized for its list first: growing a hash table rehashes every word it holds so far.
    lex.stopwords.reserve(lex.list("stopwords").size());
    lex.speech_verbs.reserve(lex.list("speech_verbs").size());
    lex.role_words.reserve(lex.list("role_words").size());
    for (const auto& w : lex.list("stopwords"))
        lex.stopwords.insert(w);
    for (const auto& w : lex.list("speech_verbs")) {
        std::size_t at = 0; // (the words of split_ws(w), without a vector for each entry)
        for (std::string_view part = text::next_token(w, at); !part.empty(); part = text::next_token(w, at)) {
            lex.speech_verbs.insert(part);
            lex.speech_verb_sketch.add(part);
        }
    }
    for (const auto& w : lex.list("role_words")) {
        lex.role_word_shortest = lex.role_words.empty() ? w.size() : std::min(lex.role_word_shortest, w.size());
        lex.role_word_longest = std::max(lex.role_word_longest, w.size());
        lex.role_words.insert(w);
        lex.role_word_sketch.add(w);
    }
    for (const auto& entry : lex.list("person_titles")) {
        auto sp = entry.rfind(' ');
        if (sp != std::string::npos) {
            lex.person_titles.try_emplace(entry.substr(0, sp), entry[sp + 1]);
            lex.person_title_sketch.add(std::string_view(entry).substr(0, sp));
        }
    }
    const auto& months = lex.list("months");
    lex.months.reserve(months.size());
    for (const auto& entry : months) {
        auto sp = entry.rfind(' ');
        if (sp != std::string::npos) {
            // (read in place: std::stoi would take a copy of the digits and go through strtol)
            int month = 0;
            const char* const digits = entry.data() + sp + 1;
            if (std::from_chars(digits, entry.data() + entry.size(), month).ec != std::errc{})
                throw std::invalid_argument("month entry without a number: " + entry);
            lex.months[entry.substr(0, sp)] = month;
            lex.month_sketch.add(std::string_view(entry).substr(0, sp));
        }
    }
    for (const auto& entry : lex.list("pronouns")) {
        auto sp = entry.rfind(' ');
        if (sp != std::string::npos && sp + 1 < entry.size())
            lex.pronouns[entry.substr(0, sp)] = entry[sp + 1];
    }
}

// The common lexicon's lists behind the notice tags (promo_phrase_start: the first words of promo_phrases).
constexpr std::pair<std::string_view, NoticeTag> notice_tag_lists[] = {
    {"consent_words", cookie_word},       {"consent_context_words", consent_context},
    {"privacy_consent_words", privacy_verb}, {"promo_words", promo_word},
    {"promo_context_words", promo_context}, {"glued_credit_labels", picture_label}};

// Words of up to 15 bytes (every stopword so far) -> language bits and notice tags, in one open-addressing array: the
// key is the word's bytes in two integers, so a look-up is a multiply, a load and two compares (no division, no string
// compare).
class StopwordTable {
public:
    StopwordTable() = default;
    /// An empty table with room for `words` words (an upper bound: the same word may be counted more than once).
    explicit StopwordTable(std::size_t words) {
        std::size_t size = 16;
        while (size < words * 2)
            size *= 2;
        slots_.assign(size, Slot{});
        mask_ = size - 1;
        shift_ = 64 - std::countr_zero(size);
    }
    /// Gives a word of 1 to max_bytes bytes the language bits `mask` and the notice tags `tags` too.
    void add(std::string_view w, std::uint32_t mask, std::uint8_t tags) {
        Slot& s = slot_of(w);
        s.mask |= mask;
        s.tags |= tags;
    }
    static constexpr std::size_t max_bytes = 15;
    /// The language bits of a lower-case word of at most max_bytes, 0 when it is no stopword.
    std::uint32_t find(std::string_view w) const {
        if (w.empty() || w.size() > max_bytes || slots_.empty())
            return 0;
        return find_checked(w);
    }
    /// find(w) for a word of 1 to max_bytes bytes, the table not empty.
    std::uint32_t find_checked(std::string_view w) const { return entry(w).mask; }
    /// The language bits and notice tags of a word of 1 to max_bytes bytes, the table not empty.
    struct Entry {
        std::uint32_t mask = 0;
        std::uint8_t tags = 0;
    };
    Entry entry(std::string_view w) const {
        Slot key = pack(w);
        // (mask_ is kept rather than slots_.size() - 1: the size of 24-byte slots is a division)
        for (std::size_t k = index(key);; k = (k + 1) & mask_) {
            const Slot& s = slots_[k];
            if (s.b == 0) // (an empty slot: a word's slot holds its length in b)
                return {};
            if (s.a == key.a && s.b == key.b)
                return {s.mask, s.tags};
        }
    }
    /// Whether entry_padded() packs a word as pack() does: its eight-byte loads put the first byte lowest.
    static constexpr bool packs_padded = std::endian::native == std::endian::little;
    /// entry(w) for the word of n bytes (1 to max_bytes) at p, sixteen bytes readable from p (those past the word
    /// any): its key taken by two loads and two masks, where pack() branches on its length. (Asked only where
    /// packs_padded.)
    Entry entry_padded(const char* p, std::size_t n) const {
        Slot key;
        std::memcpy(&key.a, p, 8);
        std::memcpy(&key.b, p + 8, 8);
        key.a &= padded_masks[n].first;
        key.b = (key.b & padded_masks[n].second) | static_cast<std::uint64_t>(n) << 56;
        for (std::size_t k = index(key);; k = (k + 1) & mask_) {
            const Slot& s = slots_[k];
            if (s.b == 0)
                return {};
            if (s.a == key.a && s.b == key.b)
                return {s.mask, s.tags};
        }
    }

private:
    struct Slot {
        std::uint64_t a = 0, b = 0; // the bytes, zero-padded, and the length in the top byte of b
        std::uint32_t mask = 0;
        std::uint8_t tags = 0;
    };
    // The slot of w, taken for it if w has none yet.
    Slot& slot_of(std::string_view w) {
        const Slot key = pack(w);
        std::size_t k = index(key);
        while (slots_[k].b != 0 && !(slots_[k].a == key.a && slots_[k].b == key.b))
            k = (k + 1) & mask_;
        if (slots_[k].b == 0)
            slots_[k] = key;
        return slots_[k];
    }
    // For a word of n bytes, the bytes of each load kept (the first eight, the next seven).
    static constexpr std::array<std::pair<std::uint64_t, std::uint64_t>, max_bytes + 1> padded_masks = [] {
        std::array<std::pair<std::uint64_t, std::uint64_t>, max_bytes + 1> masks{};
        auto low_bytes = [](std::size_t k) { return k >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * k)) - 1; };
        for (std::size_t n = 0; n <= max_bytes; ++n)
            masks[n] = {low_bytes(n), low_bytes(n > 8 ? n - 8 : 0)};
        return masks;
    }();
    static Slot pack(std::string_view w) {
        Slot s;
        const std::size_t n = w.size();
        if (n < 8) {
            s.a = StringHash::tail_bytes(w.data(), n);
        } else {
            std::memcpy(&s.a, w.data(), 8);
            s.b = StringHash::tail_bytes(w.data() + 8, n - 8); // n <= 15
        }
        s.b |= static_cast<std::uint64_t>(n) << 56;
        return s;
    }
    std::size_t index(const Slot& s) const {
        // One multiplication: its top bits, those kept, depend on every bit of the sum, and the length in the top
        // byte of b only has to part words that share their bytes (a second one for b cost more than its collisions).
        return static_cast<std::size_t>(((s.a + s.b) * 0xBF58476D1CE4E5B9ULL) >> shift_);
    }
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    int shift_ = 64;
};

struct Registry {
    std::map<std::string, std::unique_ptr<Lexicon>, std::less<>> by_code;
    std::vector<const Lexicon*> langs;
    const Lexicon* common = nullptr;
    // Every language's stopwords and the words of the notices' lists (see NoticeTag) at once, in the form looked up
    // for every word of a page; the words longer than the table's in the maps.
    StopwordTable stopword_table;
    StringMap<std::uint32_t> stopword_langs;
    std::size_t longest_stopword = 0;
    StringMap<std::uint8_t> notice_tags;
    std::size_t longest_tagged = 0;
    // Each section over every language, for any_language_section(): merged on first use, since the stages ask
    // for a few sections only.
    struct Merged {
        std::atomic<bool> ready{false}; // looked at first: std::call_once costs a call on every look-up
        std::once_flag once;
        LexiconSection section;
    };
    mutable std::unordered_map<std::string, Merged, SectionNameHash, std::equal_to<>> all_languages;
    NameIndex<Merged> all_languages_index;

    Registry() {
        for (unsigned i = 0; i < lexicon_data::file_count; ++i) {
            const lexicon_data::File& file = lexicon_data::files[i];
            auto lex = std::make_unique<Lexicon>();
            load(*lex, file);
            by_code[std::string(file.code)] = std::move(lex);
        }
        for (const auto& [code, lex] : by_code)
            if (code != "common")
                langs.push_back(lex.get());
        if (by_code.find("common") == by_code.end())
            by_code["common"] = std::make_unique<Lexicon>();
        common = by_code.find("common")->second.get();
        if (langs.size() > 32)
            throw std::logic_error(
                "more than 32 lexicon languages: widen stopword_languages() and Block::stopword_hits");
        // The table is filled straight from the lists (a word of several lists gets all their bits); only the words
        // too long for it go to the maps.
        std::size_t words = 0;
        for (const Lexicon* lex : langs)
            words += lex->list("stopwords").size();
        for (const auto& [name, tag] : notice_tag_lists)
            words += common->list(name).size();
        words += common->list("promo_phrases").size();
        stopword_table = StopwordTable(words);
        for (std::size_t k = 0; k < langs.size(); ++k)
            for (const auto& w : langs[k]->list("stopwords")) {
                longest_stopword = std::max(longest_stopword, w.size());
                if (w.size() > StopwordTable::max_bytes)
                    stopword_langs[w] |= std::uint32_t{1} << k;
                else if (!w.empty())
                    stopword_table.add(w, std::uint32_t{1} << k, 0);
            }
        add_notice_tags();
        for (const Lexicon* lex : langs)
            for (const auto& [name, sec] : lex->sections)
                all_languages.try_emplace(name);
        all_languages_index.build(all_languages);
    }

    void add_notice_tags() {
        auto add = [this](std::string_view word, std::uint8_t tag) {
            if (word.empty())
                return;
            if (word.size() > StopwordTable::max_bytes)
                notice_tags[std::string(word)] |= tag;
            else
                stopword_table.add(word, 0, tag);
            longest_tagged = std::max(longest_tagged, word.size());
        };
        for (const auto& [name, tag] : notice_tag_lists)
            if (const LexiconSection* sec = common->section(name))
                for (const std::string& w : sec->entries)
                    add(w, tag);
        // (The phrases' first words as LexiconSection::phrases() splits them: up to their first white space.)
        for (const char* name : {"promo_phrases", "paywall_cuts"})
            if (const LexiconSection* phrases = common->section(name))
                for (const std::string& entry : phrases->entries) {
                    std::size_t i = 0;
                    add(text::next_token(entry, i), promo_phrase_start);
                }
    }

    /// notice_tags_of(lower_word).
    std::uint8_t notice_tags_of(std::string_view lower_word) const {
        if (lower_word.empty() || lower_word.size() > longest_tagged)
            return 0;
        if (lower_word.size() <= StopwordTable::max_bytes)
            return stopword_table.entry(lower_word).tags;
        auto it = notice_tags.find(lower_word);
        return it == notice_tags.end() ? 0 : it->second;
    }

    /// stopword_languages(lower_word).
    std::uint32_t stopword_languages_of(std::string_view lower_word) const {
        if (lower_word.size() <= StopwordTable::max_bytes)
            return stopword_table.find(lower_word);
        if (lower_word.size() > longest_stopword)
            return 0;
        auto it = stopword_langs.find(lower_word);
        return it == stopword_langs.end() ? 0 : it->second;
    }

    const LexiconSection* merged(std::string_view name) const {
        Merged* found = all_languages_index.find(name);
        if (found == nullptr)
            return nullptr;
        Merged& m = *found;
        if (m.ready.load(std::memory_order_acquire))
            return &m.section;
        std::call_once(m.once, [&] {
            std::size_t entries = 0; // (the vector sized once, rather than grown language by language)
            for (const Lexicon* lex : langs)
                if (const LexiconSection* sec = lex->section(name))
                    entries += sec->entries.size();
            m.section.entries.reserve(entries);
            for (const Lexicon* lex : langs)
                if (const LexiconSection* sec = lex->section(name))
                    m.section.entries.insert(m.section.entries.end(), sec->entries.begin(), sec->entries.end());
            index_section(m.section);
            m.ready.store(true, std::memory_order_release);
        });
        return &m.section;
    }
};

const Registry& registry() {
    // Built once and never destroyed: tearing down thousands of strings at exit would only add to every run's time
    // (the pointer stays reachable, so leak checkers do not report it).
    static const Registry& r = *new Registry;
    return r;
}

} // namespace

const LexiconSection* Lexicon::section(std::string_view name) const {
    return section_index.find(name);
}

const LexiconSection::Words& LexiconSection::words() const {
    if (words_ready_.load(std::memory_order_acquire))
        return words_;
    std::call_once(words_once_, [this] {
        words_.phrases.reserve(entries.size());
        words_.by_first_word.reserve(entries.size()); // (at most one key an entry: the map is not rehashed as it grows)
        for (std::size_t k = 0; k < entries.size(); ++k) {
            auto& split = words_.phrases.emplace_back();
            // (The words of split_ws(), counted first so that each phrase's vector is allocated once: this runs at
            // the first look-up of a section, in every run.)
            std::size_t at = 0, words = 0;
            while (!text::next_token(entries[k], at).empty())
                ++words;
            split.reserve(words);
            at = 0;
            for (std::string_view w = text::next_token(entries[k], at); !w.empty(); w = text::next_token(entries[k], at))
                split.emplace_back(w);
            if (!split.empty()) {
                words_.by_first_word[split.front()].push_back(k);
                words_.first_words.add(split.front());
            }
        }
        words_ready_.store(true, std::memory_order_release);
    });
    return words_;
}

std::vector<LexiconPhrase> LexiconSection::phrases_from(std::string_view word) const {
    std::vector<LexiconPhrase> out;
    const Words& w = words();
    if (!w.first_words.may_have(word))
        return out;
    if (auto it = w.by_first_word.find(word); it != w.by_first_word.end())
        for (std::size_t k : it->second)
            out.push_back(LexiconPhrase{entries[k], w.phrases[k]});
    return out;
}

std::vector<LexiconPhrase> Lexicon::phrases_from(std::string_view name, std::string_view word) const {
    const LexiconSection* sec = section(name);
    return sec == nullptr ? std::vector<LexiconPhrase>{} : sec->phrases_from(word);
}

const std::vector<std::string>& Lexicon::list(std::string_view name) const {
    static const std::vector<std::string> none;
    const LexiconSection* sec = section(name);
    return sec == nullptr ? none : sec->entries;
}

const std::vector<std::vector<std::string>>& Lexicon::phrase_list(std::string_view name) const {
    static const std::vector<std::vector<std::string>> none;
    const LexiconSection* sec = section(name);
    return sec == nullptr ? none : sec->phrases();
}

bool Lexicon::has(std::string_view name, std::string_view entry) const {
    const LexiconSection* sec = section(name);
    return sec != nullptr && sec->has(entry);
}

const LexiconSection& any_language_section(std::string_view name) {
    static const LexiconSection none;
    const LexiconSection* sec = registry().merged(name);
    return sec == nullptr ? none : *sec;
}

bool any_language_has(std::string_view name, std::string_view entry) {
    return any_language_section(name).has(entry);
}

const Lexicon* lexicon(std::string_view code) {
    // A handful of languages, asked for by many stages for every line or word: compared in place, byte by byte
    // (codes are two letters), instead of a walk down the map with a string comparison at every node.
    for (const Lexicon* lex : registry().langs) {
        const std::string& c = lex->code;
        if (c.size() != code.size())
            continue;
        std::size_t k = 0;
        while (k < c.size() && c[k] == code[k])
            ++k;
        if (k == c.size())
            return lex;
    }
    return nullptr;
}

const Lexicon& common_lexicon() {
    return *registry().common;
}

const std::vector<const Lexicon*>& languages() {
    return registry().langs;
}

std::uint32_t stopword_languages(std::string_view lower_word) {
    return registry().stopword_languages_of(lower_word);
}

StopwordCounts count_stopwords(std::string_view txt) {
    StopwordCounts counts;
    counts.hits.assign(languages().size(), 0);
    const Registry& r = registry();
    auto count = [&counts, &r](std::string_view lower_word) {
        ++counts.words;
        for (std::uint32_t mask = r.stopword_languages_of(lower_word); mask != 0; mask &= mask - 1)
            ++counts.hits[static_cast<std::size_t>(std::countr_zero(mask))];
    };
    // The words of text::next_word_lower(), with a shortcut for words of ASCII letters and digits (most words of
    // most pages): lower-cased in a buffer when a stopword can be that long, only counted otherwise.
    const std::size_t longest = r.longest_stopword;
    std::string w;
    char buf[32];
    auto ascii_alnum = [](unsigned char c) {
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    };
    std::size_t i = 0;
    while (i < txt.size()) {
        auto c = static_cast<unsigned char>(txt[i]);
        if (c < 0x80 && !ascii_alnum(c)) {
            ++i;
            continue;
        }
        if (c < 0x80) {
            std::size_t start = i;
            while (i < txt.size() && ascii_alnum(static_cast<unsigned char>(txt[i])))
                ++i;
            if (i == txt.size() || static_cast<unsigned char>(txt[i]) < 0x80) {
                std::size_t len = i - start;
                if (len > longest || len > sizeof buf) {
                    ++counts.words;
                    continue;
                }
                for (std::size_t k = 0; k < len; ++k) {
                    char b = txt[start + k];
                    buf[k] = (b >= 'A' && b <= 'Z') ? static_cast<char>(b + 32) : b;
                }
                count(std::string_view(buf, len));
                continue;
            }
            i = start; // the word goes on with a multibyte character
        }
        // From a word boundary, the general tokeniser finds the same next word.
        if (!text::next_word_lower(txt, i, w))
            break;
        count(w);
    }
    return counts;
}

void count_stopwords(const std::vector<std::string>& lower_words, StopwordCounts& counts) {
    counts.words += static_cast<int>(lower_words.size());
    count_stopwords(lower_words, std::span<int>(counts.hits));
}

namespace {

// count_stopwords() of a line's words as strings (text::words_lower()) or as views (a Block's).
template <class LowerWords>
void count_stopwords_of(const LowerWords& lower_words, std::span<int> hits) {
    const Registry& r = registry(); // asked once for the line, not for every word
    const std::size_t longest = r.longest_stopword;
    // Every stopword in the table (the usual case): a word no longer than the longest, and never empty, is looked
    // up there without the checks of stopword_languages_of().
    const bool in_table = longest <= StopwordTable::max_bytes && longest > 0;
    for (const auto& w : lower_words) {
        if (w.size() > longest || w.empty())
            continue;
        std::uint32_t mask = in_table ? r.stopword_table.find_checked(w) : r.stopword_languages_of(w);
        for (; mask != 0; mask &= mask - 1)
            ++hits[static_cast<std::size_t>(std::countr_zero(mask))];
    }
}

} // namespace

void count_stopwords(const std::vector<std::string>& lower_words, std::span<int> hits) {
    count_stopwords_of(lower_words, hits);
}

void count_stopwords(text::Words lower_words, std::span<int> hits) {
    count_stopwords_of(lower_words, hits);
}

std::uint8_t notice_tags_of(std::string_view lower_word) {
    return registry().notice_tags_of(lower_word);
}

void count_stopwords_and_tags(text::Words lower_words, std::span<int> hits,
                              std::span<int, notice_tag_kinds> tag_counts) {
    const Registry& r = registry(); // asked once for the line, not for every word
    // (Every stopword in the table, the usual case: see count_stopwords.)
    if (r.longest_stopword > StopwordTable::max_bytes || r.longest_stopword == 0) {
        count_stopwords(lower_words, hits);
        for (const auto& w : lower_words)
            for (unsigned t = r.notice_tags_of(w); t != 0; t &= t - 1)
                ++tag_counts[static_cast<std::size_t>(std::countr_zero(t))];
        return;
    }
    const std::size_t longest = std::max(r.longest_stopword, r.longest_tagged);
    // One look-up a word for both its languages and its tags: the words of up to max_bytes in the table, the longer
    // ones (no stopword: longest_stopword is within max_bytes) in the notice words' map.
    for (const auto& w : lower_words) {
        if (w.size() > longest || w.empty())
            continue;
        StopwordTable::Entry e;
        if (w.size() <= StopwordTable::max_bytes)
            e = r.stopword_table.entry(w);
        else if (auto it = r.notice_tags.find(w); it != r.notice_tags.end())
            e.tags = it->second;
        for (; e.mask != 0; e.mask &= e.mask - 1)
            ++hits[static_cast<std::size_t>(std::countr_zero(e.mask))];
        for (unsigned t = e.tags; t != 0; t &= t - 1)
            ++tag_counts[static_cast<std::size_t>(std::countr_zero(t))];
    }
}

void count_stopwords_and_tags_padded(const char* lowered, std::span<const text::WordSpan> spans, std::span<int> hits,
                                     std::span<int, notice_tag_kinds> tag_counts) {
    const Registry& r = registry();
    if constexpr (!StopwordTable::packs_padded) {
        count_stopwords_and_tags(text::Words(std::string_view(lowered, 0), spans), hits, tag_counts);
    } else {
        if (r.longest_stopword > StopwordTable::max_bytes || r.longest_stopword == 0) {
            count_stopwords_and_tags(text::Words(std::string_view(lowered, 0), spans), hits, tag_counts);
            return;
        }
        const std::size_t longest = std::max(r.longest_stopword, r.longest_tagged);
        for (const text::WordSpan& w : spans) {
            if (w.size > longest || w.size == 0)
                continue;
            StopwordTable::Entry e;
            if (w.size <= StopwordTable::max_bytes)
                e = r.stopword_table.entry_padded(lowered + w.begin, w.size);
            else if (auto it = r.notice_tags.find(std::string_view(lowered + w.begin, w.size)); it != r.notice_tags.end())
                e.tags = it->second;
            for (; e.mask != 0; e.mask &= e.mask - 1)
                ++hits[static_cast<std::size_t>(std::countr_zero(e.mask))];
            for (unsigned t = e.tags; t != 0; t &= t - 1)
                ++tag_counts[static_cast<std::size_t>(std::countr_zero(t))];
        }
    }
}

} // namespace archive
