// How console.log shows regular expressions.
console.log(/ab+c/gi);
console.log(/a\/b/, new RegExp('a/b'), new RegExp(''), new RegExp('\n', 'm'));
console.log([/x/, /y/g], { re: /z/y, nested: { deeper: [/w/s] } });
console.log(new Map([[/k/, /v/]]), new Set([/s/u]));
const withProps = /p/g;
withProps.extra = 1;
console.log(withProps);
class MyRegExp extends RegExp {}
console.log(new MyRegExp('m', 'g'), new MyRegExp('m') instanceof RegExp);
console.log(String(/q/m), `${/t/}`, /r/ + '', JSON.stringify({ r: /r/ }));
console.log(RegExp.prototype);
const nullProto = /np/;
Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
console.log(Object.keys(/a/), typeof /a/);
