import Testing
@testable import YAML

/// JSON texts through Helm v4.1.4: `fromJson j | toJson`, `fromJsonArray j | toJson`
/// (recorded from the oracle; Go's syntax and type error texts included).
private let jsonRows: [(String, String, String)] = [
    ("{\"a\": 1}", "{\"a\":1}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"z\": 1, \"a\": [true, null, 1.5, 100000000000000000000], \"m\": {\"k\": \"v\"}}", "{\"a\":[true,null,1.5,100000000000000000000],\"m\":{\"k\":\"v\"},\"z\":1}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"),
    (" ", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"),
    ("null", "null", "null"),
    ("true", "{\"Error\":\"json: cannot unmarshal bool into Go value of type map[string]interface {}\"}", "[\"json: cannot unmarshal bool into Go value of type []interface {}\"]"),
    ("1", "{\"Error\":\"json: cannot unmarshal number into Go value of type map[string]interface {}\"}", "[\"json: cannot unmarshal number into Go value of type []interface {}\"]"),
    ("\"s\"", "{\"Error\":\"json: cannot unmarshal string into Go value of type map[string]interface {}\"}", "[\"json: cannot unmarshal string into Go value of type []interface {}\"]"),
    ("[1, 2]", "{\"Error\":\"json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[1,2]"),
    ("{}", "{}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("[]", "{\"Error\":\"json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[]"),
    ("{not json", "{\"Error\":\"invalid character 'n' looking for beginning of object key string\"}", "[\"invalid character 'n' looking for beginning of object key string\"]"),
    ("{\"a\" 1}", "{\"Error\":\"invalid character '1' after object key\"}", "[\"invalid character '1' after object key\"]"),
    ("{\"a\": 1,}", "{\"Error\":\"invalid character '}' looking for beginning of object key string\"}", "[\"invalid character '}' looking for beginning of object key string\"]"),
    ("{\"a\": 1 \"b\": 2}", "{\"Error\":\"invalid character '\\\"' after object key:value pair\"}", "[\"invalid character '\\\"' after object key:value pair\"]"),
    ("[1, 2", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"),
    ("[1 2]", "{\"Error\":\"invalid character '2' after array element\"}", "[\"invalid character '2' after array element\"]"),
    ("[1,]", "{\"Error\":\"invalid character ']' looking for beginning of value\"}", "[\"invalid character ']' looking for beginning of value\"]"),
    ("{\"a\": tru}", "{\"Error\":\"invalid character '}' in literal true (expecting 'e')\"}", "[\"invalid character '}' in literal true (expecting 'e')\"]"),
    ("{\"a\": fals}", "{\"Error\":\"invalid character '}' in literal false (expecting 'e')\"}", "[\"invalid character '}' in literal false (expecting 'e')\"]"),
    ("{\"a\": nul}", "{\"Error\":\"invalid character '}' in literal null (expecting 'l')\"}", "[\"invalid character '}' in literal null (expecting 'l')\"]"),
    ("{\"a\": nope}", "{\"Error\":\"invalid character 'o' in literal null (expecting 'u')\"}", "[\"invalid character 'o' in literal null (expecting 'u')\"]"),
    ("{\"a\": -}", "{\"Error\":\"invalid character '}' in numeric literal\"}", "[\"invalid character '}' in numeric literal\"]"),
    ("{\"a\": -x}", "{\"Error\":\"invalid character 'x' in numeric literal\"}", "[\"invalid character 'x' in numeric literal\"]"),
    ("{\"a\": 01}", "{\"Error\":\"invalid character '1' after object key:value pair\"}", "[\"invalid character '1' after object key:value pair\"]"),
    ("{\"a\": 1.}", "{\"Error\":\"invalid character '}' after decimal point in numeric literal\"}", "[\"invalid character '}' after decimal point in numeric literal\"]"),
    ("{\"a\": 1.x}", "{\"Error\":\"invalid character 'x' after decimal point in numeric literal\"}", "[\"invalid character 'x' after decimal point in numeric literal\"]"),
    ("{\"a\": 1e}", "{\"Error\":\"invalid character '}' in exponent of numeric literal\"}", "[\"invalid character '}' in exponent of numeric literal\"]"),
    ("{\"a\": 1e+}", "{\"Error\":\"invalid character '}' in exponent of numeric literal\"}", "[\"invalid character '}' in exponent of numeric literal\"]"),
    ("{\"a\": .5}", "{\"Error\":\"invalid character '.' looking for beginning of value\"}", "[\"invalid character '.' looking for beginning of value\"]"),
    ("{\"a\": +1}", "{\"Error\":\"invalid character '+' looking for beginning of value\"}", "[\"invalid character '+' looking for beginning of value\"]"),
    ("{\"a\": \"\\q\"}", "{\"Error\":\"invalid character 'q' in string escape code\"}", "[\"invalid character 'q' in string escape code\"]"),
    ("{\"a\": \"\\u12G4\"}", "{\"Error\":\"invalid character 'G' in \\\\u hexadecimal character escape\"}", "[\"invalid character 'G' in \\\\u hexadecimal character escape\"]"),
    ("{\"a\": \"x\ty\"}", "{\"Error\":\"invalid character '\\\\t' in string literal\"}", "[\"invalid character '\\\\t' in string literal\"]"),
    ("{\"a\": 1} x", "{\"Error\":\"invalid character 'x' after top-level value\"}", "[\"invalid character 'x' after top-level value\"]"),
    ("{\"a\": 1}}", "{\"Error\":\"invalid character '}' after top-level value\"}", "[\"invalid character '}' after top-level value\"]"),
    ("{\"a\": 1e400}", "{\"Error\":\"json: cannot unmarshal number 1e400 into Go value of type float64\",\"a\":null}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"a\": 1e400, \"b\": 2}", "{\"Error\":\"json: cannot unmarshal number 1e400 into Go value of type float64\",\"a\":null,\"b\":2}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"a\": -1e400}", "{\"Error\":\"json: cannot unmarshal number -1e400 into Go value of type float64\",\"a\":null}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"a\": 1e-400}", "{\"a\":0}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"a\": 12345678901234567890}", "{\"a\":12345678901234567000}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"a\": \"\\ud83d\\ude80 \\ud83d x \\u00e9 \\/\"}", "{\"a\":\"\u{1f680} \u{fffd} x \u{e9} /\"}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"a\": 1, \"a\": 2}", "{\"a\":2}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{'a': 1}", "{\"Error\":\"invalid character '\\\\'' looking for beginning of object key string\"}", "[\"invalid character '\\\\'' looking for beginning of object key string\"]"),
    ("[1, \"a\", {\"b\": 2}]", "{\"Error\":\"json: cannot unmarshal array into Go value of type map[string]interface {}\"}", "[1,\"a\",{\"b\":2}]"),
    ("{\"a\": {\"b\": {\"c\": [1, {\"d\": null}]}}}", "{\"a\":{\"b\":{\"c\":[1,{\"d\":null}]}}}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"a\":\"<&>\"}", "{\"a\":\"\\u003c\\u0026\\u003e\"}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("\u{feff}{\"a\": 1}", "{\"Error\":\"invalid character '\u{ef}' looking for beginning of value\"}", "[\"invalid character '\u{ef}' looking for beginning of value\"]"),
    ("{\"a\": 1}\n", "{\"a\":1}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("\n\t {\"a\" : 1 } \r\n", "{\"a\":1}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"\u{e9}\": \"\u{fc}\"}", "{\"\u{e9}\":\"\u{fc}\"}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"a\": \u{e9}}", "{\"Error\":\"invalid character '\u{c3}' looking for beginning of value\"}", "[\"invalid character '\u{c3}' looking for beginning of value\"]"),
    ("{\"a\": 1e5, \"b\": 1.0, \"c\": -0, \"d\": 0.1e1, \"e\": 5E-1}", "{\"a\":100000,\"b\":1,\"c\":-0,\"d\":1,\"e\":0.5}", "[\"json: cannot unmarshal object into Go value of type []interface {}\"]"),
    ("{\"a\": 00}", "{\"Error\":\"invalid character '0' after object key:value pair\"}", "[\"invalid character '0' after object key:value pair\"]"),
    ("{\"a\": -01}", "{\"Error\":\"invalid character '1' after object key:value pair\"}", "[\"invalid character '1' after object key:value pair\"]"),
    ("nul", "{\"Error\":\"invalid character ' ' in literal null (expecting 'l')\"}", "[\"invalid character ' ' in literal null (expecting 'l')\"]"),
    ("t", "{\"Error\":\"invalid character ' ' in literal true (expecting 'r')\"}", "[\"invalid character ' ' in literal true (expecting 'r')\"]"),
    ("{\"a\"", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"),
    ("{\"a\":", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"),
    ("\"abc", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"),
    ("[", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"),
    ("{", "{\"Error\":\"unexpected end of JSON input\"}", "[\"unexpected end of JSON input\"]"),
    ("\"\\u00", "{\"Error\":\"invalid character ' ' in \\\\u hexadecimal character escape\"}", "[\"invalid character ' ' in \\\\u hexadecimal character escape\"]"),
]

@Suite struct GoJSONDecoderTests {
    @Test(arguments: jsonRows)
    func fromJSON(_ row: (String, String, String)) throws {
        #expect(try GoJSONEncoder.encode(GoJSONDecoder.fromJSON(row.0)) == row.1, "fromJson")
        #expect(try GoJSONEncoder.encode(GoJSONDecoder.fromJSONArray(row.0)) == row.2, "fromJsonArray")
    }

    @Test func decodeThrowsGoMessages() throws {
        #expect(throws: GoCodecError.jsonSyntax(message: "unexpected end of JSON input", offset: 2)) { try GoJSONDecoder.decode("[1") }
        #expect(try GoJSONDecoder.decode(#"{"a": [1, "x", null, true]}"#) == ["a": [1.0, "x", nil, true]])
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 20000) + String(repeating: "]", count: 20000)
        #expect(throws: GoCodecError.self) { try GoJSONDecoder.decode(deep) }
        let ok = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect((try? GoJSONDecoder.decode(ok)) != nil)
    }
}
