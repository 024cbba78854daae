// Table-driven tests of quotes57's rules: a street's or a square's name is a place, which holds no role and is no
// antecedent; invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a street's or a square's name holds no role", "[quotes][speakers][quotes57]") {
    // A caption's line names a street (its noun opens the name, or closes it in English) as the only name before a
    // bare role noun: the role is someone the text does not name, not the street.
    check_quotes({
        {"it",
         {"Via Castelnuovo sott'acqua dopo la piena del torrente (foto d'archivio)",
          "Il torrente è uscito dagli argini nella notte e ha allagato le cantine del quartiere.",
          "«Abbiamo mandato tutte le squadre disponibili», ha detto l'assessore durante un sopralluogo."},
         "Abbiamo mandato tutte le squadre disponibili", ""},
        {"it",
         {"Piazza Garibaldi è rimasta chiusa per tutta la mattina dopo il crollo del cornicione.",
          "«Nessuno è rimasto ferito», ha spiegato il sindaco ai giornalisti."},
         "Nessuno è rimasto ferito", ""},
        {"fr",
         {"Rue Lafayette inondée après l'orage de lundi (photo d'archives)",
          "La rivière est sortie de son lit dans la nuit et a envahi les caves du quartier.",
          "« Nous avons envoyé toutes les équipes disponibles », a déclaré le maire."},
         "Nous avons envoyé toutes les équipes disponibles", ""},
        {"es",
         {"Calle Mayor inundada tras la tormenta del lunes (foto de archivo)",
          "El río se desbordó por la noche e inundó los sótanos del barrio.",
          "«Hemos enviado todos los equipos disponibles», dijo el concejal durante una visita."},
         "Hemos enviado todos los equipos disponibles", ""},
        {"pt",
         {"Rua Augusta alagada depois da tempestade de segunda-feira (foto de arquivo)",
          "O rio transbordou durante a noite e inundou as caves do bairro.",
          "«Enviámos todas as equipas disponíveis», disse o vereador durante uma visita."},
         "Enviámos todas as equipas disponíveis", ""},
        {"en",
         {"Harbour Street under water after the storm on Monday (file photo)",
          "The river burst its banks overnight and flooded the cellars of the district.",
          "\"We have sent every crew we have,\" the councillor said during a visit."},
         "We have sent every crew we have", ""},
    });
    // Guard: a person named before the role still holds it, a street named since notwithstanding.
    check_quotes({
        {"it",
         {"L'assessore Marco Bellini ha visitato il quartiere nel pomeriggio.",
          "Via Castelnuovo è rimasta chiusa fino a sera.",
          "«Abbiamo mandato tutte le squadre disponibili», ha detto l'assessore."},
         "Abbiamo mandato tutte le squadre disponibili", "Marco Bellini"},
        {"fr",
         {"Le maire Paul Roux a visité le quartier dans l'après-midi.",
          "Rue Lafayette est restée fermée jusqu'au soir.",
          "« Nous avons envoyé toutes les équipes disponibles », a déclaré le maire."},
         "Nous avons envoyé toutes les équipes disponibles", "Paul Roux"},
    });
}

TEST_CASE("a report closed by the speaker then the verb reads on past ', adding that'", "[quotes][indirect][quotes57]") {
    // "..., the director Helen Carter said, adding that ...": the name before the verb, then a participle of adding
    // after a comma; both reports are read, the second with the first's speaker and the participle as cue (as for
    // "said the director Helen Carter, adding that ...").
    const std::vector<std::pair<std::string, std::vector<std::string>>> pages = {
        {"en", {"The hospital would reopen its ward in May, the director Helen Carter said, adding that more nurses "
                "would be hired.", "The hospital would reopen its ward in May", "more nurses would be hired",
                "Helen Carter", "adding"}},
        {"fr", {"L'hôpital rouvrira son service en mai, la directrice Hélène Carrier a dit, ajoutant que d'autres "
                "infirmières seraient embauchées.", "L'hôpital rouvrira son service en mai",
                "d'autres infirmières seraient embauchées", "Hélène Carrier", "ajoutant"}},
        {"es", {"El hospital reabrirá su sala en mayo, la directora Elena Cano dijo, añadiendo que se contratarán más "
                "enfermeras.", "El hospital reabrirá su sala en mayo", "se contratarán más enfermeras", "Elena Cano",
                "añadiendo"}},
        {"it", {"L'ospedale riaprirà il reparto a maggio, la direttrice Elena Conti ha detto, aggiungendo che saranno "
                "assunti altri infermieri.", "L'ospedale riaprirà il reparto a maggio",
                "saranno assunti altri infermieri", "Elena Conti", "aggiungendo"}},
    };
    for (const auto& [lang, v] : pages) {
        INFO(v[0]);
        const auto qs = extract_quotes(page(lang, "", {v[0]}));
        REQUIRE(qs.size() == 2);
        CHECK(qs[0].text == v[1]);
        CHECK(qs[0].speaker.value_or("") == v[3]);
        CHECK(qs[1].text == v[2]);
        CHECK(qs[1].speaker.value_or("") == v[3]);
        CHECK(qs[1].cue.value_or("") == v[4]);
    }
    // Guard: other words of the writer's after the verb, no participle of adding after a comma, still make no report
    // ("..., the director Helen Carter said as the board agreed to ...").
    const auto qs = extract_quotes(page("en", "", {"The hospital would reopen its ward in May, the director Helen "
                                                   "Carter said as the board agreed to hire more nurses."}));
    CHECK(qs.empty());
}

TEST_CASE("a caption's name is no sentence's subject", "[quotes][speakers][quotes57]") {
    // A picture's caption names a place or a thing of unknown kind at its head ("Borgo Vale under water after the
    // storm"): a caption is no sentence, the name no subject of one, so it holds no role a bare role noun of the text
    // speaks of; the role is someone the text does not name.
    // (each row's first line is the caption, the second the paragraph)
    const std::vector<PageRow> rows = {
        {"it",
         {"Borgo Vale sott'acqua dopo la piena del torrente",
          "«Abbiamo mandato tutte le squadre disponibili», ha detto l'assessore durante un sopralluogo."},
         "Abbiamo mandato tutte le squadre disponibili", ""},
        {"fr",
         {"Port Vale inondé après l'orage de lundi",
          "« Nous avons envoyé toutes les équipes disponibles », a déclaré le maire."},
         "Nous avons envoyé toutes les équipes disponibles", ""},
        {"en",
         {"Vale Harbour under water after the storm on Monday",
          "\"We have sent every crew we have,\" the councillor said during a visit."},
         "We have sent every crew we have", ""},
    };
    for (const PageRow& r : rows) {
        INFO(r.paragraphs[0]);
        Article a = page(r.lang, "", {r.paragraphs[1]});
        a.media.push_back(Media{r.paragraphs[0], std::nullopt});
        const auto qs = extract_quotes(a);
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].text == r.text);
        CHECK(qs[0].speaker.value_or("") == r.speaker);
    }
    // Guard: a person the caption names (a given name, known as a person's) may still hold the role.
    Article a = page("en", "", {"\"We have sent every crew we have,\" the councillor said during a visit."});
    a.media.push_back(Media{std::string("Councillor Tom Vale at the flooded harbour on Monday"), std::nullopt});
    const auto qs = extract_quotes(a);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speaker.value_or("") == "Tom Vale");
}
