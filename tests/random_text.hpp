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

} // namespace archive::test
