// Ends with an uncaught Error: stdout before the throw must match, exit status 1
const steps = ['load', 'parse', 'validate', 'fail'];
function run(step) {
  console.log('running', step);
  if (step === 'fail') {
    console.log('inside fail');
    throw new Error('this error is not caught');
  }
  return step.toUpperCase();
}
console.log('before throw');
const results = [];
for (const s of steps) {
  results.push(run(s));
  console.log('results so far', results);
}
console.log('never printed');
