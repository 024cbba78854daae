// Random text for the tests that compare a fast path with its reference on many inputs.
#pragma once

#include <random>
#include <string>
#include <vector>

namespace archive::test {

/// Up to `most` of `pieces`, drawn at random and joined (an empty string too): valid and broken UTF-8, white space,
/// words, as the caller's pieces hold them. The same rng gives the same strings.
inline std::string random_pieces(const std::vector<std::string>& pieces, std::size_t most, std::mt19937& rng) {
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(0, most);
    std::string s;
    for (std::size_t k = length(rng); k > 0; --k)
        s += pieces[pick(rng)];
    return s;
}

/// `count` lines of random_pieces(pieces, most) added to `lines`, drawn from `seed`.
inline void add_random_lines(std::vector<std::string>& lines, const std::vector<std::string>& pieces, std::size_t most,
                             int count, unsigned seed) {
    std::mt19937 rng(seed);
    for (int k = 0; k < count; ++k)
        lines.push_back(random_pieces(pieces, most, rng));
}

/// Lines of 0 to `most` bytes for the test of a fast path that reads a line in steps of eight or sixteen bytes: each
/// length made of `pattern` repeated, with every byte value at its start, middle and end in turn, and with each of
/// `pieces` (a multibyte character, a mark) inserted at every position, so that each meets every step's edge.
inline std::vector<std::string> edge_lines(std::size_t most, const std::string& pattern,
                                           const std::vector<std::string>& pieces) {
    std::vector<std::string> lines;
    for (std::size_t n = 0; n <= most; ++n) {
        std::string base;
        for (std::size_t k = 0; k < n; ++k)
            base += pattern[k % pattern.size()];
        for (int b = 0; b < 256 && n > 0; ++b)
            for (std::size_t at : {std::size_t{0}, n / 2, n - 1}) {
                std::string s = base;
                s[at] = static_cast<char>(b);
                lines.push_back(s);
            }
        for (const std::string& piece : pieces)
            for (std::size_t at = 0; at <= n; ++at)
                lines.push_back(std::string(base).insert(at, piece));
    }
    return lines;
}

/// What compare_scans() found: how many (line, start) pairs it compared, and the first pair where the two scans
/// differ ("" when none does).
struct ScanComparison {
    std::size_t compared = 0;
    std::string first_difference;
};

/// Two scans of a line from a start index (a fast path and its reference) compared from every start of every line.
template <class Fast, class Reference>
ScanComparison compare_scans(const std::vector<std::string>& lines, Fast fast, Reference reference) {
    ScanComparison result;
    for (const std::string& line : lines)
        for (std::size_t i = 0; i <= line.size(); ++i, ++result.compared) {
            const std::size_t a = fast(line, i), b = reference(line, i);
            if (a != b && result.first_difference.empty())
                result.first_difference = "line of " + std::to_string(line.size()) + " bytes from " +
                                          std::to_string(i) + ": " + std::to_string(a) + " != " + std::to_string(b);
        }
    return result;
}

} // namespace archive::test
