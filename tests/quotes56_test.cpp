// Quotes left by the probes of quotes55, taken up by quotes56: names met inside reported words, particles of long
// surnames, a participle cue after the main one.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;

TEST_CASE("a name met inside reported words is no antecedent of a later pronoun", "[quotes][pronouns][quotes56]") {
    // ("« Les électeurs n'ont jamais pardonné à M. Lefort », a-t-il dit": the pronoun after the quote turns back to the
    // man the writer named last, not to the one the quote names)
    quote_rows::check_quotes({
        {"fr",
         {"L'ancien gouverneur Marc Lefort a perdu l'élection il y a quatre ans.",
          "Le sénateur Paul Garnier est arrivé lundi à la réunion du parti.",
          "« Les électeurs n'ont jamais pardonné à M. Lefort son plan fiscal », a-t-il dit."},
         "Les électeurs n'ont jamais pardonné à M. Lefort son plan fiscal",
         "Paul Garnier",
         "il"},
        {"it",
         {"L'ex governatore Marco Lodi ha perso le elezioni quattro anni fa.",
          "Il senatore Paolo Neri è arrivato lunedì alla riunione del partito.",
          "«Gli elettori non hanno mai perdonato al signor Lodi il piano fiscale», ha detto lui."},
         "Gli elettori non hanno mai perdonato al signor Lodi il piano fiscale",
         "Paolo Neri",
         "lui"},
        {"en",
         {"Mark Whitby, the former governor, lost the race four years ago.",
          "Senator Tom Harlow arrived on Monday for the party meeting.",
          "\"Voters never forgave Mr. Whitby for the tax plan,\" he said."},
         "Voters never forgave Mr. Whitby for the tax plan",
         "Tom Harlow",
         "he"},
        // ("Senator Tom Harlow (R-Ohio) said he didn't believe ...": a clause a subject pronoun opens after the cue is
        // reported words even where no quote is made of it)
        {"en",
         {"Mark Whitby, the former governor, lost the race four years ago and never won again.",
          "Republicans were not worried. Senator Tom Harlow (R-Ohio) said he didn't believe those attacks did Mr. "
          "Whitby in, arguing that the party's divisions were a bigger hurdle.",
          "\"It is not what worked four years ago,\" he said."},
         "It is not what worked four years ago",
         "Tom Harlow",
         "he"},
    });
    // A pronoun with no one named outside reported words still finds the one named inside them.
    quote_rows::check_quotes({
        {"en",
         {"\"We will ask Mark Whitby to stay on as treasurer,\" the statement said.",
          "\"I am honoured,\" he said after the meeting."},
         "I am honoured",
         "Mark Whitby",
         "he"},
    });
}

TEST_CASE("a participle of adding after a cued quote reports more words of the same speaker",
          "[quotes][indirect][quotes56]") {
    // ("“We are ready,” Carter said, adding that ...": the words after "that" are an indirect quote of Carter's, with
    // the quote's mention and the participle as cue)
    quote_rows::check_quotes({
        {"en",
         {"Helen Carter, the director of the hospital, met the staff on Monday.",
          "\"We are ready,\" Carter said, adding that the new wing would open in the autumn of next year."},
         "the new wing would open in the autumn of next year",
         "Helen Carter",
         "Carter"},
        {"fr",
         {"« C'est un début », a dit la directrice Claire Morel, ajoutant qu'il faudrait encore deux ans de travaux."},
         "il faudrait encore deux ans de travaux",
         "Claire Morel",
         "la directrice Claire Morel"},
        {"es",
         {"«Estamos preparados», dijo la directora Ana Ruiz, añadiendo que se contratarán más enfermeras el próximo año."},
         "se contratarán más enfermeras el próximo año",
         "Ana Ruiz",
         "la directora Ana Ruiz"},
        {"it",
         {"«Siamo pronti», ha detto la direttrice Giulia Bianchi, aggiungendo che saranno assunte nuove infermiere il "
          "prossimo anno."},
         "saranno assunte nuove infermiere il prossimo anno",
         "Giulia Bianchi",
         "la direttrice Giulia Bianchi"},
    });
    // After an indirect quote closed by its cue and speaker too ("..., said the director Helen Carter, adding that
    // ...": the participle is no second cue that spoils the first report)
    quote_rows::check_quotes({
        {"en",
         {"The hospital would reopen its ward in May, said the director Helen Carter, adding that more nurses would be "
          "hired next year."},
         "more nurses would be hired next year",
         "Helen Carter",
         "the director Helen Carter"},
        {"en",
         {"The hospital would reopen its ward in May, said the director Helen Carter, adding that more nurses would be "
          "hired next year."},
         "The hospital would reopen its ward in May",
         "Helen Carter",
         "the director Helen Carter"},
        {"es",
         {"El hospital abrirá de nuevo su planta en mayo, dijo la directora Ana Ruiz, añadiendo que se contratarán más "
          "enfermeras."},
         "se contratarán más enfermeras",
         "Ana Ruiz",
         "la directora Ana Ruiz"},
    });
    const auto qs = extract_quotes(quote_rows::page(
        "en", "", {"\"We are ready,\" Carter said, adding that the new wing would open in the autumn of next year."}));
    REQUIRE(qs.size() == 2);
    CHECK(qs[1].kind == QuoteKind::indirect);
    CHECK(qs[1].cue.value_or("") == "adding");
    // ("..., adding that “Q”": the words after "that" are a quote of their own, not made twice)
    for (const auto& q : extract_quotes(quote_rows::page(
             "en", "", {"\"We are ready,\" Carter said, adding that \"the new wing will open in the autumn of next year.\""})))
        CHECK(q.kind != QuoteKind::indirect);
}
