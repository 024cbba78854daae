#include "lexicon.hpp"

#include "lexicon_data.hpp"
#include "lexicon_openings.hpp"
#include "listed_words.hpp"
#include "segment_parts.hpp"
#include "stopword_table.hpp"
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

// The entries of the lists as views into their text (LexiconSection::entries and the WordViewSets hold runs of
// them), made for a section when it is made, one section's after another's in blocks of memory taken whole and
// written only as far as they are filled: the kernel gives a page of a block no memory before it is written, and a
// fresh page costs 10 to 20 us to fault in on this machine. (The views of all 28,000 entries are 110 pages; those of
// the 300 sections a small page asks, 40.)
struct EntryViews {
    static constexpr std::size_t block = 4096; // views (64 KB)
    std::string_view* next = nullptr;          // the room left in the last block
    std::size_t room = 0;
    std::mutex mutex; // held while views and sections are made

    /// Views of the entries [first, first + n) of lexicon_data::entries, in fresh room (`mutex` held).
    std::span<const std::string_view> make(std::size_t first, std::size_t n) {
        if (n > room) {
            // (Taken once and never freed, as the lexicons are not: a vector would zero every view. The rest of the
            // block before is left unwritten.)
            room = std::max(n, block);
            next = static_cast<std::string_view*>(::operator new(room * sizeof(std::string_view)));
        }
        std::string_view* const made = next;
        const char* const text = lexicon_data::text.data();
        for (std::size_t k = 0; k < n; ++k) {
            const lexicon_data::Piece& e = lexicon_data::entries[first + k];
            std::construct_at(made + k, text + e.at, e.size);
        }
        next += n;
        room -= n;
        return {made, n};
    }
};

EntryViews& entry_views() {
    static EntryViews& v = *new EntryViews; // (never destroyed: see registry())
    return v;
}

// An entry of the build's tables as a view into the lists' text.
std::string_view piece_text(const lexicon_data::Piece& p) {
    return lexicon_data::text.substr(p.at, p.size);
}

// Binds a lexicon to its word list as the build wrote it (lexicon_data.hpp: the sections split, their entries
// lower-cased and their look-up forms computed), into the lexicon in its final place. The sections are made on first
// use (SectionTable); the sets of words hold views into the build's text, and the maps below read its entries in
// place, not through their sections (most runs never ask for them).
void load(Lexicon& lex, const lexicon_data::File& file) {
    lex.code = std::string(file.code);
    lex.sections.bind(file.sections.data(), file.sections.size(),
                      lexicon_data::name_slots.subspan(file.first_name_slot, file.name_slot_count));
    // The sets of words as the build made them (tools/lexicon_compile.cpp: word_sets()).
    EntryViews& views = entry_views();
    std::lock_guard lock(views.mutex);
    auto word_set = [&views](const lexicon_data::WordSet& d) {
        return WordViewSet(views.make(d.first_entry, d.word_count),
                           lexicon_data::word_slots.subspan(d.first_slot, d.slot_count));
    };
    lex.stopwords = word_set(file.stopwords);
    lex.speech_verbs = word_set(file.speech_verbs);
    lex.speech_verb_sketch.bits = file.speech_verbs.sketch;
    lex.role_words = word_set(file.role_words);
    lex.role_word_sketch.bits = file.role_words.sketch;
    // A section's entries in place (as list() would give them), empty when the list has none.
    auto entries_of = [&file](std::string_view name) {
        for (const lexicon_data::Section& s : file.sections)
            if (piece_text(s.name) == name)
                return lexicon_data::entries.subspan(s.first_entry, s.entry_count);
        return std::span<const lexicon_data::Piece>{};
    };
    const auto roles = entries_of("role_words");
    for (std::size_t k = 0; k < roles.size(); ++k) {
        lex.role_word_shortest = k == 0 ? roles[k].size : std::min<std::size_t>(lex.role_word_shortest, roles[k].size);
        lex.role_word_longest = std::max<std::size_t>(lex.role_word_longest, roles[k].size);
    }
    const auto titles = entries_of("person_titles");
    lex.person_titles.reserve(titles.size()); // (sized once: no rehash as the map fills)
    for (const lexicon_data::Piece& piece : titles) {
        const std::string_view entry = piece_text(piece);
        auto sp = entry.rfind(' ');
        if (sp != std::string::npos) {
            lex.person_titles.try_emplace(std::string(entry.substr(0, sp)), entry[sp + 1]);
            lex.person_title_sketch.add(entry.substr(0, sp));
        }
    }
    const auto months = entries_of("months");
    lex.months.reserve(months.size());
    for (const lexicon_data::Piece& piece : months) {
        const std::string_view entry = piece_text(piece);
        auto sp = entry.rfind(' ');
        if (sp != std::string::npos) {
            // (read in place: std::stoi would take a copy of the digits and go through strtol)
            int month = 0;
            const char* const digits = entry.data() + sp + 1;
            if (std::from_chars(digits, entry.data() + entry.size(), month).ec != std::errc{})
                throw std::invalid_argument("month entry without a number: " + std::string(entry));
            lex.months[std::string(entry.substr(0, sp))] = month;
            lex.month_sketch.add(entry.substr(0, sp));
        }
    }
    const auto pronouns = entries_of("pronouns");
    lex.pronouns.reserve(pronouns.size());
    for (const lexicon_data::Piece& piece : pronouns) {
        const std::string_view entry = piece_text(piece);
        auto sp = entry.rfind(' ');
        if (sp != std::string::npos && sp + 1 < entry.size())
            lex.pronouns[std::string(entry.substr(0, sp))] = entry[sp + 1];
    }
}

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
    // The words of each language's other lists (listed_languages()), as the build placed them.
    ListedWordTable listed_words{lexicon_data::listed_slots, lexicon_data::text};
    // Each section over every language, for any_language_section(), merged at build time.
    SectionTable all_languages;

    Registry() {
        for (const lexicon_data::File& file : lexicon_data::files) {
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
        // The table as the build filled it; the words too long for it go to the maps, as the build found them.
        stopword_table = StopwordTable(lexicon_data::stopword_slots);
        longest_stopword = lexicon_data::longest_stopword;
        longest_tagged = lexicon_data::longest_tagged;
        for (const lexicon_data::LongWord& w : lexicon_data::long_words) {
            std::string word(lexicon_data::text.substr(w.word.at, w.word.size));
            if (w.mask != 0)
                stopword_langs[std::move(word)] |= w.mask;
            else
                notice_tags[std::move(word)] |= w.tags;
        }
        all_languages.bind(lexicon_data::merged.data(), lexicon_data::merged.size(),
                           lexicon_data::name_slots.subspan(lexicon_data::merged_first_name_slot));
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

    const LexiconSection* merged(std::string_view name) const { return all_languages.find(name); }
};

const Registry& registry() {
    // Built once and never destroyed: tearing down thousands of strings at exit would only add to every run's time
    // (the pointer stays reachable, so leak checkers do not report it).
    static const Registry& r = *new Registry;
    return r;
}

} // namespace

void SectionTable::bind(const lexicon_data::Section* data, std::size_t count,
                        std::span<const std::uint32_t> name_slots) {
    data_ = data;
    slots_ = name_slots;
    made_ = std::make_unique<std::atomic<const LexiconSection*>[]>(count);
}

const LexiconSection* SectionTable::find(std::string_view name) const {
    if (slots_.empty())
        return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = SectionNameHash{}(name) & mask;; k = (k + 1) & mask) {
        const std::uint32_t slot = slots_[k];
        if (slot == 0)
            return nullptr;
        const lexicon_data::Piece& p = data_[slot - 1].name;
        if (p.size == name.size() && std::memcmp(lexicon_data::text.data() + p.at, name.data(), p.size) == 0) {
            const LexiconSection* made = made_[slot - 1].load(std::memory_order_acquire);
            return made != nullptr ? made : make(slot - 1);
        }
    }
}

const LexiconSection* SectionTable::make(std::size_t k) const {
    EntryViews& views = entry_views();
    std::lock_guard lock(views.mutex);
    if (const LexiconSection* made = made_[k].load(std::memory_order_relaxed))
        return made; // (made by another thread meanwhile)
    const lexicon_data::Section& data = data_[k];
    // (Never freed, as the lexicons are not; reachable from made_.)
    auto* section = new LexiconSection;
    section->bind(data, views.make(data.first_entry, data.entry_count));
    made_[k].store(section, std::memory_order_release);
    return section;
}

const LexiconSection* Lexicon::section(std::string_view name) const {
    return sections.find(name);
}

void LexiconSection::bind(const lexicon_data::Section& data, std::span<const std::string_view> views) {
    data_ = &data;
    entries = views;
    set.bind(entries, lexicon_data::entry_slots.subspan(data.first_slot, data.slot_count));
    longest = data.longest;
    sketch.bits = data.sketch;
}

const LexiconSection::Words& LexiconSection::words() const {
    if (words_ready_.load(std::memory_order_acquire))
        return words_;
    std::call_once(words_once_, [this] {
        if (data_ != nullptr && !entries.empty()) {
            // (The entries' words are a run of the build's pieces: one view each, then each entry's run of them.)
            const auto split = lexicon_data::entry_words.subspan(data_->first_entry, data_->entry_count);
            const std::size_t first = split.front().first_word;
            const std::size_t count = split.back().first_word + split.back().word_count - first;
            const char* const text = lexicon_data::text.data();
            words_.words.reserve(count);
            for (const lexicon_data::Piece& w : lexicon_data::words.subspan(first, count))
                words_.words.emplace_back(text + w.at, w.size);
            words_.phrases.reserve(entries.size());
            for (const lexicon_data::EntryWords& e : split)
                words_.phrases.emplace_back(words_.words.data() + (e.first_word - first), e.word_count);
        }
        words_ready_.store(true, std::memory_order_release);
    });
    return words_;
}

std::vector<LexiconPhrase> LexiconSection::phrases_from(std::string_view word) const {
    std::vector<LexiconPhrase> out;
    if (data_ == nullptr || data_->group_slot_count == 0)
        return out;
    const std::size_t bit = WordSketch::bit(word); // (the build's sketch of the entries' first words)
    if ((data_->first_words[bit / 64] >> (bit % 64) & 1) == 0)
        return out;
    const auto slots = lexicon_data::group_slots.subspan(data_->first_group_slot, data_->group_slot_count);
    const std::size_t mask = slots.size() - 1;
    const Words& w = words();
    for (std::size_t k = short_word_hash(word) & mask; slots[k] != 0; k = (k + 1) & mask) {
        const lexicon_data::Group& group = lexicon_data::groups[slots[k] - 1];
        const auto places = lexicon_data::group_entries.subspan(group.first, group.count);
        if (w.phrases[places.front()].front() != word)
            continue;
        out.reserve(places.size());
        for (const std::uint32_t p : places)
            out.push_back(LexiconPhrase{entries[p], w.phrases[p]});
        break;
    }
    return out;
}

std::vector<LexiconPhrase> Lexicon::phrases_from(std::string_view name, std::string_view word) const {
    const LexiconSection* sec = section(name);
    return sec == nullptr ? std::vector<LexiconPhrase>{} : sec->phrases_from(word);
}

std::span<const std::string_view> Lexicon::list(std::string_view name) const {
    const LexiconSection* sec = section(name);
    return sec == nullptr ? std::span<const std::string_view>{} : sec->entries;
}

std::span<const LexiconWords> Lexicon::phrase_list(std::string_view name) const {
    const LexiconSection* sec = section(name);
    return sec == nullptr ? std::span<const LexiconWords>{} : sec->phrases();
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

std::uint32_t listed_languages(std::string_view lower_word) {
    return registry().listed_words.find(lower_word);
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

std::size_t opens_with_entry(const LexiconSection& section, std::string_view lower) {
    if (lower.empty() || section.entries.empty())
        return 0;
    // (The first bytes of each section asked, gathered at its first question in each thread: a few sections are
    // asked, for many lines, and gathering those of every section at once cost more than all the questions. A
    // section is known by its entries' place and count.)
    struct Fronts {
        const std::string_view* entries;
        std::size_t count;
        std::bitset<257> bytes;
    };
    thread_local std::vector<Fronts> known;
    auto it = std::find_if(known.begin(), known.end(), [&section](const Fronts& f) {
        return f.entries == section.entries.data() && f.count == section.entries.size();
    });
    if (it == known.end()) {
        known.push_back({section.entries.data(), section.entries.size(), first_bytes(section.entries)});
        it = known.end() - 1;
    }
    if (!it->bytes.test(static_cast<unsigned char>(lower.front())))
        return 0;
    auto word_end = [lower](std::size_t at) {
        if (at == lower.size())
            return true;
        const auto c = static_cast<unsigned char>(lower[at]);
        return c < 0x80 && !text::is_letter(c) && !text::is_digit(c);
    };
    // (The first byte compared in place: starts_with() asks memcmp of every entry.)
    std::size_t best = 0;
    for (const std::string_view entry : section.entries)
        if (entry.size() > best && entry.front() == lower.front() && lower.starts_with(entry) &&
            word_end(entry.size()))
            best = entry.size();
    return best;
}

} // namespace archive
