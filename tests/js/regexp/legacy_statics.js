// The legacy RegExp statics ($1-$9, input, lastMatch, lastParen,
// leftContext, rightContext) follow the last successful built-in match.
console.log(JSON.stringify([RegExp.$1, RegExp.input, RegExp.lastMatch]));
/(\w)(\d)?-(x)/.exec('ab-x-c'); console.log(JSON.stringify([RegExp.$1, RegExp.$2, RegExp.$3, RegExp.$4, RegExp.input, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext, RegExp['$+'], RegExp['$&'], RegExp['$`'], RegExp["$'"], RegExp.$_]));
RegExp.input = 'zz'; RegExp.$1 = 'q'; console.log(RegExp.input, RegExp.$_, RegExp.$1, RegExp.leftContext);
'hello world'.replace(/o/g, '0'); console.log(RegExp.lastMatch, RegExp.leftContext, RegExp.input);
/q/.test('abc'); console.log(RegExp.lastMatch);
'a1b2'.match(/\d/g); console.log(RegExp.lastMatch, RegExp.rightContext);
'x,y'.split(/,/); console.log(RegExp.lastMatch, RegExp.input);
'2024-03-07'.replace(/(\d+)-(\d+)-(\d+)/, '$3'); console.log(RegExp.$1, RegExp.$2, RegExp.$3);
console.log(Object.getOwnPropertyNames(RegExp).join(' '));
const d = Object.getOwnPropertyDescriptor(RegExp, '$1'); console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name);
