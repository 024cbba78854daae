// A caption closed, after its last full stop, by an agency's name of several words in capitals, perhaps with its
// article, a slash and the photographer ("... on Tuesday. THE CANADIAN PRESS/Lucas Bramwell-Yee"): the agency's way
// of crediting every picture. The caption and its credit are a picture of the article, never its headline.
// Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>
#include <utility>

using namespace archive;

TEST_CASE("an agency's full name, its article and a slash before the photographer close a caption",
          "[credits][full_agency_credit]") {
    using Split = std::optional<std::pair<std::string, std::string>>;
    const std::pair<const char*, Split> rows[] = {
        {"Finance Minister Harriet Ostrowski speaks in Ottawa on Tuesday. THE CANADIAN PRESS/Lucas Bramwell-Yee",
         Split{{"Finance Minister Harriet Ostrowski speaks in Ottawa on Tuesday.", "THE CANADIAN PRESS/Lucas Bramwell-Yee"}}},
        {"Des chasse-neige dégagent la rue Principale à Sherbrooke, mardi. LA PRESSE CANADIENNE/Julie Ouellet",
         Split{{"Des chasse-neige dégagent la rue Principale à Sherbrooke, mardi.",
                "LA PRESSE CANADIENNE/Julie Ouellet"}}},
        {"Firefighters work through the night at the grain silo. The Associated Press/Dana Whitcombe",
         Split{{"Firefighters work through the night at the grain silo.", "The Associated Press/Dana Whitcombe"}}},
        {"Os bombeiros combatem o fogo na serra durante a madrugada. AGÊNCIA LUSA/Rui Pedrosa",
         Split{{"Os bombeiros combatem o fogo na serra durante a madrugada.", "AGÊNCIA LUSA/Rui Pedrosa"}}},
        // Small words after the slash, or words before it that name no agency: no credit.
        {"The minister answered questions from reporters on Tuesday. THE CANADIAN PRESS/file photo", std::nullopt},
        {"Die Stadt lädt alle Bürger am Samstag zum Fest ein. Die Bürger/Innen", std::nullopt},
    };
    for (const auto& [line, split] : rows) {
        INFO(line);
        CHECK(split_trailing_credit(std::string_view(line)) == split);
    }
}

TEST_CASE("a caption credited to an agency's full name does not take the headline", "[credits][full_agency_credit]") {
    const std::pair<const char*, const char*> rows[] = {
        {"en", R"(Politics

What the new ferry fare rebate means for you: four questions answered

Ottawa is sending a one-time rebate to ferry commuters this winter. Here is who qualifies and how to claim it.

By Nadia Proulx-Harper

Transport Minister Colin Aberfoyle speaks to reporters in Ottawa on Monday. THE CANADIAN PRESS/Evan Lindqvist

The federal government will send a one-time rebate of up to $300 to commuters who use coastal ferries, the transport minister announced on Monday.

The rebate will be paid in February to anyone who bought a monthly pass during the autumn, according to the department's notice.

Officials expect about 90,000 commuters in three provinces to qualify for the payment this winter.
)"},
        {"fr", R"(Politique

Ce que change le nouveau rabais sur les traversiers : quatre questions et leurs réponses

Ottawa versera un rabais unique aux navetteurs des traversiers cet hiver. Voici qui y a droit et comment le réclamer.

Par Nadia Proulx-Harper

Le ministre des Transports, Colin Aberfoyle, s'adresse aux journalistes à Ottawa lundi. LA PRESSE CANADIENNE/Evan Lindqvist

Le gouvernement fédéral versera un rabais unique pouvant atteindre 300 $ aux navetteurs des traversiers côtiers, a annoncé lundi le ministre des Transports.

Le rabais sera versé en février à toute personne ayant acheté un laissez-passer mensuel durant l'automne, selon l'avis du ministère.

Quelque 90 000 navetteurs de trois provinces devraient y avoir droit cet hiver, selon les fonctionnaires.
)"},
    };
    for (const auto& [lang, page] : rows) {
        INFO(lang);
        const Article a = classify(segment(page), lang);
        CHECK(a.headline.value_or("").starts_with(std::string(lang) == "en" ? "What the new" : "Ce que change"));
        bool credited = false;
        for (const auto& m : a.media)
            credited = credited || m.credit.value_or("").find("/Evan Lindqvist") != std::string::npos;
        CHECK(credited);
    }
}
