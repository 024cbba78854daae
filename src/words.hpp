// The words of a lower-cased line kept as places in it (text::lower_with_words(), a Block's lower_words()): a
// string for every word of every line cost 75,000 constructions a page set and as many frees.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>
#include <type_traits>

namespace archive::text {

/// A word of a lower-cased line: its bytes are lowered.substr(begin, size). (Offsets, not views: a Block copied or
/// moved carries its line to another place, a short one inside the string object itself.) A trivial type (no member
/// initializers: `WordSpan{}` is zeros), so that the places of a page's words are copied from line to line with one
/// memmove, not a word at a time.
struct WordSpan {
    std::uint32_t begin;
    std::uint32_t size;
};
static_assert(std::is_trivial_v<WordSpan>, "copied by memmove");

/// The words of a lower-cased line as views into it, read like a std::vector<std::string> that is not changed:
/// size(), empty(), front(), back(), [k], and iterators yielding std::string_view. Valid while the line and its
/// spans are.
class Words {
public:
    class iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using iterator_concept = std::random_access_iterator_tag;
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        using reference = std::string_view;
        using pointer = void;

        iterator() = default;
        iterator(const char* line, const WordSpan* at) : line_(line), at_(at) {}
        std::string_view operator*() const { return {line_ + at_->begin, at_->size}; }
        std::string_view operator[](difference_type k) const { return *(*this + k); }
        iterator& operator++() { ++at_; return *this; }
        iterator operator++(int) { iterator old = *this; ++at_; return old; }
        iterator& operator--() { --at_; return *this; }
        iterator operator--(int) { iterator old = *this; --at_; return old; }
        iterator& operator+=(difference_type k) { at_ += k; return *this; }
        iterator& operator-=(difference_type k) { at_ -= k; return *this; }
        friend iterator operator+(iterator i, difference_type k) { return i += k; }
        friend iterator operator+(difference_type k, iterator i) { return i += k; }
        friend iterator operator-(iterator i, difference_type k) { return i -= k; }
        friend difference_type operator-(iterator a, iterator b) { return a.at_ - b.at_; }
        friend bool operator==(iterator a, iterator b) { return a.at_ == b.at_; }
        friend auto operator<=>(iterator a, iterator b) { return a.at_ <=> b.at_; }

    private:
        const char* line_ = nullptr;
        const WordSpan* at_ = nullptr;
    };
    using value_type = std::string_view;
    using const_iterator = iterator;

    Words() = default;
    Words(std::string_view lowered, std::span<const WordSpan> spans) : line_(lowered.data()), spans_(spans) {}

    std::size_t size() const { return spans_.size(); }
    bool empty() const { return spans_.empty(); }
    iterator begin() const { return {line_, spans_.data()}; }
    iterator end() const { return {line_, spans_.data() + spans_.size()}; }
    std::string_view operator[](std::size_t k) const { return {line_ + spans_[k].begin, spans_[k].size}; }
    std::string_view front() const { return (*this)[0]; }
    std::string_view back() const { return (*this)[size() - 1]; }
    /// The first n words (all of them when there are fewer).
    Words first(std::size_t n) const { return {line_, spans_.first(n < size() ? n : size())}; }

private:
    Words(const char* line, std::span<const WordSpan> spans) : line_(line), spans_(spans) {}
    const char* line_ = nullptr;
    std::span<const WordSpan> spans_;
};

} // namespace archive::text
