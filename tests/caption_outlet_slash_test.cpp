// A caption closed by a photographer's name and the outlet after a slash, "Ellen Marsh/WKVR", credits its picture
// whichever outlet it names: in a parenthesis, in square brackets, after the caption's stop or after a separator mark
// ("... em Bento Figueira - Caio Venturelli/Folhapress"). Square brackets hold a labelled credit as a parenthesis does
// ("[Photo: Joel Chebet, Observer]"). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

namespace {

// The line given between a local story's standfirst and its text.
Article page_with(const std::string& between) {
    return parse("Icy morning sends cars into ditches along the county highway\n\n"
                 "Deputies say black ice formed before dawn on a stretch the county had not yet treated.\n\n" +
                 between +
                 "\n\nMore than a dozen vehicles slid off the highway early Wednesday as a thin layer of ice coated "
                 "the road between the two towns.\n\nTwo drivers were taken to the medical centre with injuries that "
                 "were not considered life-threatening.\n");
}

} // namespace

TEST_CASE("a name and an unknown outlet after a slash close a caption as its credit", "[classify][credit][outlet_slash]") {
    // (line, caption, credit)
    const std::vector<std::tuple<const char*, const char*, const char*>> rows = {
        {"A tow truck pulls a pickup out of the median on Wednesday. (Ellen Marsh/WKVR)",
         "A tow truck pulls a pickup out of the median on Wednesday.", "(Ellen Marsh/WKVR)"}, // en, parenthesis
        {"A tow truck pulls a pickup out of the median on Wednesday. Ellen Marsh/WKVR",
         "A tow truck pulls a pickup out of the median on Wednesday.", "Ellen Marsh/WKVR"}, // en, after the stop
        {"Moradores atravessam rua alagada no bairro Jardim Primavera - Caio Venturelli/Folhapress",
         "Moradores atravessam rua alagada no bairro Jardim Primavera", "Caio Venturelli/Folhapress"}, // pt-BR, dash
        {"Der Steg im Winter nach dem Sturm | Jana Roth/Seeblatt", "Der Steg im Winter nach dem Sturm",
         "Jana Roth/Seeblatt"}, // de, bar
        {"Les riverains devant la digue effondrée, mardi. (Hugo Lemaire/Le Courrier du Val)",
         "Les riverains devant la digue effondrée, mardi.", "(Hugo Lemaire/Le Courrier du Val)"}, // fr
        {"Vecinos en la calle tras la alerta sísmica. [Gerardo Villalba/El Vigía]",
         "Vecinos en la calle tras la alerta sísmica.", "[Gerardo Villalba/El Vigía]"}, // es, brackets
        {"Traders gather outside the closed market on Wednesday morning. [Photo: Joel Chebet, Observer]",
         "Traders gather outside the closed market on Wednesday morning.", "[Photo: Joel Chebet, Observer]"}, // en-KE
        // pl: the stop closes the credit's shortened label, where the credit opens
        {"Minister podczas konferencji prasowej w urzędzie. Fot. Jan Roe / Kurier Nadwiślański",
         "Minister podczas konferencji prasowej w urzędzie.", "Fot. Jan Roe / Kurier Nadwiślański"},
    };
    for (const auto& [line, caption, credit] : rows) {
        INFO(line);
        const auto media = page_with(line).media;
        REQUIRE(media.size() == 1);
        CHECK(media.front().caption == caption);
        CHECK(media.front().credit == credit);
    }
}

TEST_CASE("a slash in a sentence of the text credits no picture", "[classify][credit][outlet_slash]") {
    for (const char* line : {
             // a pair of parties or words after a slash is no photographer's name
             "The vote split the council along party lines. (Labour/Green)",
             // a figure or a date in the brackets is no credit
             "The county spent more on salt this winter than last. [2025/2026]",
             // a sentence after the mark, not a name and an outlet
             "The road was closed for hours - the detour ran through town/village lanes",
         }) {
        INFO(line);
        CHECK(page_with(line).media.empty());
    }
}
