// env: UNIJS_TEST_A=hello UNIJS_TEST_B=a=b=c
console.log(process.env.UNIJS_TEST_A, process.env.UNIJS_TEST_B, process.env.UNIJS_NOT_SET);
console.log(typeof process.env, 'UNIJS_TEST_A' in process.env);
process.env.UNIJS_TEST_C = 'set';
console.log(process.env.UNIJS_TEST_C);
