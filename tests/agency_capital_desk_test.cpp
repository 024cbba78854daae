// "ATS/RCI", "ANSA/RSI", "dpa/KOS": an agency, a slash and the initials in capitals of the broadcaster or desk that
// took its text, alone under the text, is the text's tag; initials that are a credit's word ("AFP/GETTY") credit a
// picture. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("an agency and a desk's initials in capitals are the tag", "[agencies][capital_desk]") {
    using Ids = std::optional<std::vector<std::string>>;
    const std::pair<const char*, Ids> rows[] = {
        {"ATS/RCI", Ids{{"ats"}}},
        {"ANSA/RSI", Ids{{"ansa"}}},
        {"dpa/KOS", Ids{{"dpa"}}},
        // A credit's word after the slash, initials before the agency, or one letter: no tag.
        {"AFP/GETTY", std::nullopt},
        {"RCI/ATS", std::nullopt},
        {"ATS/R", std::nullopt},
    };
    for (const auto& [line, ids] : rows) {
        INFO(line);
        CHECK(agency_tag(line) == ids);
    }
}

TEST_CASE("a closing line of an agency and a broadcaster's initials gives the tag", "[agencies][capital_desk]") {
    const std::pair<const char*, const char*> rows[] = {
        {"it", R"(Valico del Lucomagno chiuso fino a domenica

La strada del valico resterà chiusa al traffico fino a domenica sera a causa del rischio di valanghe, ha comunicato il Cantone.

Le squadre di soccorso hanno liberato la carreggiata da due colate di neve cadute nella notte tra mercoledì e giovedì.

Il traffico pesante è deviato sull'autostrada, mentre gli autopostali non circolano sul tratto tra Olivone e il passo.

ATS/RCI
)"},
        {"fr", R"(Le col du Grimsel reste fermé jusqu'à dimanche

La route du col restera fermée à la circulation jusqu'à dimanche soir en raison du risque d'avalanches, a indiqué le canton.

Les équipes de secours ont dégagé la chaussée de deux coulées de neige tombées dans la nuit de mercredi à jeudi.

Le trafic des poids lourds est dévié par l'autoroute, tandis que les cars postaux ne circulent plus entre Gletsch et le col.

ATS/RTN
)"},
    };
    for (const auto& [lang, page] : rows) {
        INFO(lang);
        const Article a = classify(segment(page), lang);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{"ats"});
    }
}
