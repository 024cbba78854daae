// French role nouns in -eur/-rice, -eur/-euse, -ien/-ienne, -ier/-ière ([masculine_words], [feminine_words]) give the
// person they describe a gender (quotes83, probe72 Q3): "insiste-t-elle" after "Karim Benali, coordinateur …" and
// "Hélène Vasseur, présidente …" is the woman's, not the last speaker's, whose gender was unknown. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a French role noun's ending gives the person a gender a pronoun reads", "[quotes][quotes83]") {
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"coordinateur des bénévoles", "Nadia Ferrand, présidente du club"},
        {"animateur du quartier", "Nadia Ferrand, trésorière du club"},
        {"technicien du stade", "Nadia Ferrand, éducatrice du club"},
    };
    for (const auto& [his, hers] : rows) {
        INFO(his);
        const auto qs = extract_quotes(body(
            "fr",
            {"\u00AB Nous manquons de bras cet hiver \u00BB, raconte " + hers + ".",
             "\u00AB Les dons ont baissé de moitié depuis le printemps \u00BB, observe Malik Roussel, " + his + ".",
             "Pour le club, l'enjeu est de durer. \u00AB Il nous faut des bénévoles toute l'année, pas "
             "seulement en décembre \u00BB, insiste-t-elle."}));
        REQUIRE(qs.size() == 3);
        CHECK(qs[2].speaker == std::optional<std::string>("Nadia Ferrand"));
    }
}
