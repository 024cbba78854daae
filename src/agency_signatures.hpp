// The lines a wire's reprint closes with under its text: the writer signed with the agency ("Karol Kostrzewa (PAP)",
// "Autor: Karol Kostrzewa (PAP)") and the desk's initials ("kos/ mok/"). Read by the region's edges and the tail.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// "Karol Kostrzewa (PAP)", "Autor: Karol Kostrzewa (PAP)", "Mario Rossi (ANSA)": a name of two to four capitalised
/// words (after a byline label and its colon perhaps) and an agency in a parenthesis -> the agencies; else nullopt.
std::optional<std::vector<std::string>> signed_agency_line(std::string_view line);

/// "kos/ mok/", "jko/": the desk's initials, two to four small letters each closed by a slash, one to four of them
/// alone on the line.
bool desk_initials_line(std::string_view line);

} // namespace archive
