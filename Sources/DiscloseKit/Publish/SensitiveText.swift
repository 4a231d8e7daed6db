/// Finds text a disclosure page must never carry: e-mail addresses, phone numbers and Individual Numbers.
enum SensitiveText {
    /// What kind of personal data a match looks like.
    enum Kind: String {
        case email = "an e-mail address"
        case phone = "a phone number"
        case individualNumber = "an Individual Number (My Number)"
        case personID = "a person_id from the data"
    }

    /// A match in one line: its kind, the text and its 1-based character column.
    struct Match: Equatable {
        var kind: Kind
        var text: String
        var column: Int
    }

    /// Every e-mail address, phone number and check-digit-valid 12-digit number in `line`.
    static func scan(_ line: String) -> [Match] {
        let characters = Array(line)
        var matches: [Match] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isASCII, character.isNumber || character == "+" || character == "(" {
                let (end, digits) = numberRun(characters, from: index)
                let run = String(characters[index..<end])
                let before = index > 0 ? characters[index - 1] : " "
                let after = end < characters.count ? characters[end] : " "
                let standalone = !(before.isLetter || before.isNumber) && !(after.isLetter || after.isNumber)
                if standalone, digits.count == 12, run.count == 12, isIndividualNumber(digits) {
                    matches.append(Match(kind: .individualNumber, text: run, column: index + 1))
                } else if standalone, looksLikePhone(run, digits: digits) {
                    matches.append(Match(kind: .phone, text: run, column: index + 1))
                }
                index = max(end, index + 1)
                continue
            }
            if character == "@" {
                var start = index
                while start > 0, isEmailCharacter(characters[start - 1]) { start -= 1 }
                var end = index + 1
                while end < characters.count, isEmailCharacter(characters[end]) || characters[end] == "." { end += 1 }
                while end > index + 1, characters[end - 1] == "." { end -= 1 }
                let domain = characters[(index + 1)..<end]
                if start < index, domain.contains("."), domain.first != "." {
                    matches.append(Match(kind: .email, text: String(characters[start..<end]), column: start + 1))
                }
                index = end
                continue
            }
            index += 1
        }
        return matches
    }

    static func isEmailCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "._%+-".contains(character))
    }

    /// The end of a run of digits and phone punctuation, and the digits in it.
    static func numberRun(_ characters: [Character], from start: Int) -> (Int, [Int]) {
        var end = start
        var digits: [Int] = []
        while end < characters.count {
            let character = characters[end]
            if character.isASCII, let digit = character.wholeNumberValue {
                digits.append(digit)
            } else if !"+-() ".contains(character)
                || (character == " " && !Self.continuesNumber(characters, after: end, international: characters[start] == "+"))
            {
                break
            }
            end += 1
        }
        let opened = characters[start..<end].filter { $0 == "(" }.count
        while end > start, !characters[end - 1].isNumber, characters[end - 1] != ")" || opened == 0 { end -= 1 }
        return (end, digits)
    }

    /// True when a space at `index` is followed by a digit, or by an area code in brackets after `+CC`.
    static func continuesNumber(_ characters: [Character], after index: Int, international: Bool) -> Bool {
        index + 1 < characters.count && (characters[index + 1].isNumber || (international && characters[index + 1] == "("))
    }

    /// 10 to 13 digits written as a phone number: with a leading `+`, or two or more hyphens, or an area code in brackets.
    static func looksLikePhone(_ run: String, digits: [Int]) -> Bool {
        guard (10...13).contains(digits.count), run.firstMatch(of: /\d{4}-\d{2}-\d{2}/) == nil else { return false }
        let hyphens = run.filter { $0 == "-" }.count
        return run.hasPrefix("+") || hyphens >= 2 || (run.contains("(") && run.contains(")"))
    }

    /// The Individual Number check digit (the 12th digit) over the first eleven.
    static func isIndividualNumber(_ digits: [Int]) -> Bool {
        guard digits.count == 12 else { return false }
        var sum = 0
        for n in 1...11 {
            let p = digits[11 - n]
            let q = n <= 6 ? n + 1 : n - 5
            sum += p * q
        }
        let remainder = sum % 11
        let check = remainder <= 1 ? 0 : 11 - remainder
        return digits[11] == check
    }
}
